/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PolicyList(\n    $level: PolicyLevel\n    $industryCode: String\n    $scale: EnterpriseScale\n    $enterpriseType: EnterpriseType\n    $first: Int\n    $after: String\n  ) {\n    policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level issuer documentNumber issuedOn summary industryCodes scales enterpriseTypes } }\n    }\n  }\n": typeof types.PolicyListDocument,
    "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes\n      attachments { id name mimeType size url }\n    }\n  }\n": typeof types.PolicyDetailDocument,
    "\n  query NewsList($level: PolicyLevel, $first: Int, $after: String) {\n    newsList(level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level source publishedOn summary } }\n    }\n  }\n": typeof types.NewsListDocument,
    "\n  query NewsDetail($id: ID!) {\n    news(id: $id) { id title level source publishedOn summary bodyHtml attachments { id name mimeType size url } }\n  }\n": typeof types.NewsDetailDocument,
    "\n  query MyPolicyPush {\n    myPolicyPush { reasons reasonText policy { id title level issuer issuedOn summary } }\n  }\n": typeof types.MyPolicyPushDocument,
    "\n  query MyMessages($first: Int, $after: String) {\n    unreadMessageCount\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link readAt createdAt } }\n    }\n  }\n": typeof types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]!) {\n    markMessagesRead(ids: $ids)\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) { id status }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) {\n    updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) { notifiedUserCount policy { id status version } }\n  }\n": typeof types.PublishPolicyDocument,
    "\n  mutation WithdrawPolicy($id: ID!) {\n    withdrawPolicy(id: $id) { id status version }\n  }\n": typeof types.WithdrawPolicyDocument,
    "\n  query HomeBanners {\n    homeBanners {\n      id\n      title\n      subtitle\n      imageUrl\n      linkPath\n    }\n  }\n": typeof types.HomeBannersDocument,
    "\n  query HomeLatestContent {\n    policies(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          issuer\n          issuedOn\n        }\n      }\n    }\n    newsList(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          source\n          publishedOn\n        }\n      }\n    }\n  }\n": typeof types.HomeLatestContentDocument,
    "\n  subscription UnreadMessageCountLive {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountLiveDocument,
    "\n  subscription MessageReceivedLive($after: ID) {\n    messageReceived(after: $after) {\n      eventId\n      message { id kind title body link readAt createdAt }\n    }\n  }\n": typeof types.MessageReceivedLiveDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment ProductTermsFields on Product {\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n  }\n": typeof types.ProductTermsFieldsFragmentDoc,
    "\n  fragment ProductEligibilityFields on Product {\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n  }\n": typeof types.ProductEligibilityFieldsFragmentDoc,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    ...ProductTermsFields\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  fragment ProductCardConnectionFields on ProductConnection {\n    edges {\n      cursor\n      node {\n        ...ProductCardFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n": typeof types.ProductCardConnectionFieldsFragmentDoc,
    "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ProductCardConnectionFields\n    }\n  }\n": typeof types.MarketProductsDocument,
    "\n  query MarketFacets($filter: ProductFilter) {\n    productFacets(filter: $filter) {\n      categories {\n        value\n        count\n      }\n    }\n  }\n": typeof types.MarketFacetsDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      ...ProductEligibilityFields\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n": typeof types.ProductDetailDocument,
    "\n  query RecommendProducts($input: RecommendationInput!) {\n    recommendProducts(input: $input) {\n      profile {\n        regionName\n        industryName\n        scale\n        yearsInBusiness\n        enterpriseName\n      }\n      recommended {\n        score\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n      nearMisses {\n        score\n        reasons\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n    }\n  }\n": typeof types.RecommendProductsDocument,
    "\n  fragment SessionUserFields on Me {\n    id\n    displayName\n    role\n    permissions\n    phoneMasked\n    mustChangePassword\n    totpEnabled\n    institution {\n      id\n      name\n      shortName\n    }\n    enterprises {\n      relation\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n    activeEnterprise {\n      id\n      uscc\n      name\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    me {\n      ...SessionUserFields\n    }\n    notices\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchEnterprise($enterpriseId: ID!) {\n    switchEnterprise(enterpriseId: $enterpriseId) {\n      ...SessionUserFields\n    }\n  }\n": typeof types.SwitchEnterpriseDocument,
    "\n  fragment StaffLoginResultFields on StaffLoginResult {\n    step\n    challengeToken\n    totpEnrollment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n    auth {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.StaffLoginResultFieldsFragmentDoc,
    "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      ...StaffLoginResultFields\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  mutation StaffVerifyTotp($challengeToken: String!, $code: String!) {\n    staffVerifyTotp(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n": typeof types.StaffVerifyTotpDocument,
    "\n  mutation StaffConfirmTotpEnrollment($challengeToken: String!, $code: String!) {\n    staffConfirmTotpEnrollment(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n": typeof types.StaffConfirmTotpEnrollmentDocument,
    "\n  mutation StaffChangeInitialPassword($challengeToken: String!, $newPassword: String!) {\n    staffChangeInitialPassword(challengeToken: $challengeToken, newPassword: $newPassword) {\n      ...StaffLoginResultFields\n    }\n  }\n": typeof types.StaffChangeInitialPasswordDocument,
    "\n  mutation BeginUnifiedLogin($redirectUri: String!) {\n    beginUnifiedLogin(redirectUri: $redirectUri) {\n      authorizeUrl\n      state\n    }\n  }\n": typeof types.BeginUnifiedLoginDocument,
    "\n  mutation CompleteUnifiedLogin($state: String!, $code: String!) {\n    completeUnifiedLogin(state: $state, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CompleteUnifiedLoginDocument,
    "\n  mutation HostLogin($authCode: String!) {\n    hostLogin(authCode: $authCode) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.HostLoginDocument,
    "\n  query ManagedBanners {\n    banners { id title subtitle imageUrl linkPath sortOrder startsAt endsAt status }\n  }\n": typeof types.ManagedBannersDocument,
    "\n  mutation CreateBanner($input: BannerInput!) {\n    createBanner(input: $input) { id }\n  }\n": typeof types.CreateBannerDocument,
    "\n  mutation UpdateBanner($id: ID!, $input: BannerInput!) {\n    updateBanner(id: $id, input: $input) { id status }\n  }\n": typeof types.UpdateBannerDocument,
    "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n": typeof types.DeleteBannerDocument,
    "\n  mutation ReorderBanners($ids: [ID!]!) {\n    reorderBanners(ids: $ids) { id sortOrder }\n  }\n": typeof types.ReorderBannersDocument,
    "\n  query ManagedPolicy($id: ID!) {\n    managedPolicy(id: $id) {\n      id version title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes status\n      attachments { id name size }\n    }\n  }\n": typeof types.ManagedPolicyDocument,
    "\n  query ManagedPolicyList($first: Int) {\n    managedPolicies(first: $first) {\n      edges { node { id title level status issuedOn attachments { id } } }\n    }\n  }\n": typeof types.ManagedPolicyListDocument,
    "\n  query ManagedNewsList($first: Int) {\n    managedNewsList(first: $first) {\n      edges { node { id title level source status publishedOn attachments { id } } }\n    }\n  }\n": typeof types.ManagedNewsListDocument,
    "\n  query ManagedNews($id: ID!) {\n    managedNews(id: $id) { id version title level source publishedOn summary bodyHtml status attachments { id name size } }\n  }\n": typeof types.ManagedNewsDocument,
    "\n  mutation CreateNews($input: NewsInput!) {\n    createNews(input: $input) { id status }\n  }\n": typeof types.CreateNewsDocument,
    "\n  mutation UpdateNews($id: ID!, $expectedVersion: Int!, $input: NewsInput!) {\n    updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": typeof types.UpdateNewsDocument,
    "\n  mutation PublishNews($id: ID!) {\n    publishNews(id: $id) { id status version }\n  }\n": typeof types.PublishNewsDocument,
    "\n  mutation WithdrawNews($id: ID!) {\n    withdrawNews(id: $id) { id status version }\n  }\n": typeof types.WithdrawNewsDocument,
    "\n  fragment DataConsentFields on DataConsent {\n    id\n    reference\n    status\n    sources\n    purpose\n    granteeKind\n    granteeInstitutionId\n    granteeName\n    productName\n    grantorRelation\n    grantedByName\n    agreementVersion\n    grantedAt\n    expiresAt\n    revokedAt\n  }\n": typeof types.DataConsentFieldsFragmentDoc,
    "\n  query MyDataConsents($status: ConsentStatus, $first: Int, $after: String) {\n    myDataConsents(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...DataConsentFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.MyDataConsentsDocument,
    "\n  query AgentConsentPurposes {\n    agentConsentPurposes\n  }\n": typeof types.AgentConsentPurposesDocument,
    "\n  query ConsentAgreement($purpose: ConsentPurpose!) {\n    consentAgreement(purpose: $purpose) {\n      purpose\n      version\n      title\n      text\n      publishedAt\n    }\n  }\n": typeof types.ConsentAgreementDocument,
    "\n  query GrantInstitutions($filter: InstitutionFilter, $first: Int) {\n    institutions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.GrantInstitutionsDocument,
    "\n  mutation GrantDataConsent($input: GrantDataConsentInput!) {\n    grantDataConsent(input: $input) {\n      ...DataConsentFields\n    }\n  }\n": typeof types.GrantDataConsentDocument,
    "\n  mutation RevokeDataConsent($id: ID!) {\n    revokeDataConsent(id: $id) {\n      ...DataConsentFields\n    }\n  }\n": typeof types.RevokeDataConsentDocument,
    "\n  mutation UpdateAgentConsentPurposes($purposes: [ConsentPurpose!]!) {\n    updateAgentConsentPurposes(purposes: $purposes)\n  }\n": typeof types.UpdateAgentConsentPurposesDocument,
    "\n  query DataUseRecords($first: Int, $after: String) {\n    dataUseRecords(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          source\n          purpose\n          consentReference\n          partyName\n          actorName\n          outcome\n          detail\n          occurredAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.DataUseRecordsDocument,
    "\n  query EnterpriseProfile {\n    me {\n      id\n      activeEnterprise {\n        id\n        name\n        uscc\n        registerProfile {\n          ...RegisterProfileFields\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseProfileDocument,
    "\n  fragment RegisterProfileFields on EnterpriseRegisterProfile {\n    regionCode\n    regionName\n    industryCode\n    industryName\n    type\n    establishedOn\n    registeredCapitalFen\n    legalRepresentativeMasked\n    status\n    scale\n    scaleNote\n    source\n    fetchedAt\n    asOf\n    complete\n    missingFields\n  }\n": typeof types.RegisterProfileFieldsFragmentDoc,
    "\n  mutation RefreshGovernmentData($enterpriseId: ID!) {\n    refreshGovernmentData(enterpriseId: $enterpriseId) {\n      enterpriseId\n      sources {\n        source\n        scope\n        label\n        outcome\n        outcomeLabel\n        fetchedAt\n        complete\n        missingFields\n      }\n      registerProfile {\n        ...RegisterProfileFields\n      }\n    }\n  }\n": typeof types.RefreshGovernmentDataDocument,
    "\n  query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          type\n          regionCode\n          description\n          productCount\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": typeof types.InstitutionDirectoryDocument,
    "\n  query InstitutionTypeCounts($filter: InstitutionFilter) {\n    institutionFacets(filter: $filter) {\n      total\n      types {\n        type\n        count\n      }\n    }\n  }\n": typeof types.InstitutionTypeCountsDocument,
    "\n  query InstitutionDetail($id: ID!, $first: Int, $after: String) {\n    institution(id: $id) {\n      id\n      name\n      shortName\n      type\n      regionCode\n      description\n      contactPhone\n      address\n      website\n      serviceHours\n      establishedOn\n      products(first: $first, after: $after, sort: POPULARITY) {\n        ...ProductCardConnectionFields\n      }\n    }\n  }\n": typeof types.InstitutionDetailDocument,
    "\n  fragment ProductFieldValuesFields on ProductFieldValues {\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minTermMonths\n    maxTermMonths\n    minRateBp\n    maxRateBp\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n    onlineApply\n    summary\n    description\n  }\n": typeof types.ProductFieldValuesFieldsFragmentDoc,
    "\n  fragment ManagedProductFields on Product {\n    id\n    name\n    status\n    ...ProductTermsFields\n    ...ProductEligibilityFields\n    description\n    publishedAt\n    institution {\n      id\n      name\n    }\n  }\n": typeof types.ManagedProductFieldsFragmentDoc,
    "\n  fragment ReviewSummaryFields on ProductReview {\n    id\n    kind\n    status\n    reason\n    submittedByName\n    submittedAt\n    reviewedByName\n    reviewedAt\n  }\n": typeof types.ReviewSummaryFieldsFragmentDoc,
    "\n  query MyInstitutionProducts($status: ProductStatus, $first: Int, $after: String) {\n    myInstitutionProducts(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          product {\n            ...ManagedProductFields\n          }\n          latestReview {\n            ...ReviewSummaryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyInstitutionProductsDocument,
    "\n  query ProductEditor($id: ID!) {\n    productDraft(id: $id) {\n      ...ManagedProductFields\n    }\n    productHistory(id: $id) {\n      ...ReviewSummaryFields\n    }\n  }\n": typeof types.ProductEditorDocument,
    "\n  mutation CreateProductDraft($input: ProductDraftInput!) {\n    createProductDraft(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateProductDraftDocument,
    "\n  mutation UpdateProductDraft($id: ID!, $input: ProductDraftInput!) {\n    updateProductDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateProductDraftDocument,
    "\n  mutation SubmitProductForReview($id: ID!) {\n    submitProductForReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitProductForReviewDocument,
    "\n  mutation ProposeProductChange($id: ID!, $input: ProductDraftInput!) {\n    proposeProductChange(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeProductChangeDocument,
    "\n  mutation RetireProduct($id: ID!) {\n    retireProduct(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetireProductDocument,
    "\n  query ProductReviewQueue($first: Int, $after: String) {\n    productReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ReviewSummaryFields\n          proposed {\n            ...ProductFieldValuesFields\n          }\n          product {\n            ...ManagedProductFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductReviewQueueDocument,
    "\n  mutation ApproveProductReview($id: ID!) {\n    approveProductReview(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveProductReviewDocument,
    "\n  mutation RejectProductReview($id: ID!, $reason: String!) {\n    rejectProductReview(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": typeof types.RejectProductReviewDocument,
    "\n  query SecurityStaffAccounts {\n    staffAccounts {\n      id\n      username\n      displayName\n      role\n      enabled\n      lockedUntil\n      failedLoginCount\n      totpEnabled\n      institution { id name }\n    }\n  }\n": typeof types.SecurityStaffAccountsDocument,
    "\n  mutation UnlockStaffAccount($id: ID!) {\n    unlockStaffAccount(id: $id) { id lockedUntil failedLoginCount }\n  }\n": typeof types.UnlockStaffAccountDocument,
    "\n  mutation ResetStaffTotp($id: ID!) {\n    resetStaffTotp(id: $id) { id totpEnabled }\n  }\n": typeof types.ResetStaffTotpDocument,
};
const documents: Documents = {
    "\n  query PolicyList(\n    $level: PolicyLevel\n    $industryCode: String\n    $scale: EnterpriseScale\n    $enterpriseType: EnterpriseType\n    $first: Int\n    $after: String\n  ) {\n    policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level issuer documentNumber issuedOn summary industryCodes scales enterpriseTypes } }\n    }\n  }\n": types.PolicyListDocument,
    "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes\n      attachments { id name mimeType size url }\n    }\n  }\n": types.PolicyDetailDocument,
    "\n  query NewsList($level: PolicyLevel, $first: Int, $after: String) {\n    newsList(level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level source publishedOn summary } }\n    }\n  }\n": types.NewsListDocument,
    "\n  query NewsDetail($id: ID!) {\n    news(id: $id) { id title level source publishedOn summary bodyHtml attachments { id name mimeType size url } }\n  }\n": types.NewsDetailDocument,
    "\n  query MyPolicyPush {\n    myPolicyPush { reasons reasonText policy { id title level issuer issuedOn summary } }\n  }\n": types.MyPolicyPushDocument,
    "\n  query MyMessages($first: Int, $after: String) {\n    unreadMessageCount\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link readAt createdAt } }\n    }\n  }\n": types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]!) {\n    markMessagesRead(ids: $ids)\n  }\n": types.MarkMessagesReadDocument,
    "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) { id status }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) {\n    updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) { notifiedUserCount policy { id status version } }\n  }\n": types.PublishPolicyDocument,
    "\n  mutation WithdrawPolicy($id: ID!) {\n    withdrawPolicy(id: $id) { id status version }\n  }\n": types.WithdrawPolicyDocument,
    "\n  query HomeBanners {\n    homeBanners {\n      id\n      title\n      subtitle\n      imageUrl\n      linkPath\n    }\n  }\n": types.HomeBannersDocument,
    "\n  query HomeLatestContent {\n    policies(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          issuer\n          issuedOn\n        }\n      }\n    }\n    newsList(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          source\n          publishedOn\n        }\n      }\n    }\n  }\n": types.HomeLatestContentDocument,
    "\n  subscription UnreadMessageCountLive {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountLiveDocument,
    "\n  subscription MessageReceivedLive($after: ID) {\n    messageReceived(after: $after) {\n      eventId\n      message { id kind title body link readAt createdAt }\n    }\n  }\n": types.MessageReceivedLiveDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment ProductTermsFields on Product {\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n  }\n": types.ProductTermsFieldsFragmentDoc,
    "\n  fragment ProductEligibilityFields on Product {\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n  }\n": types.ProductEligibilityFieldsFragmentDoc,
    "\n  fragment ProductCardFields on Product {\n    id\n    name\n    ...ProductTermsFields\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  fragment ProductCardConnectionFields on ProductConnection {\n    edges {\n      cursor\n      node {\n        ...ProductCardFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n": types.ProductCardConnectionFieldsFragmentDoc,
    "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ProductCardConnectionFields\n    }\n  }\n": types.MarketProductsDocument,
    "\n  query MarketFacets($filter: ProductFilter) {\n    productFacets(filter: $filter) {\n      categories {\n        value\n        count\n      }\n    }\n  }\n": types.MarketFacetsDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      ...ProductEligibilityFields\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n": types.ProductDetailDocument,
    "\n  query RecommendProducts($input: RecommendationInput!) {\n    recommendProducts(input: $input) {\n      profile {\n        regionName\n        industryName\n        scale\n        yearsInBusiness\n        enterpriseName\n      }\n      recommended {\n        score\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n      nearMisses {\n        score\n        reasons\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n    }\n  }\n": types.RecommendProductsDocument,
    "\n  fragment SessionUserFields on Me {\n    id\n    displayName\n    role\n    permissions\n    phoneMasked\n    mustChangePassword\n    totpEnabled\n    institution {\n      id\n      name\n      shortName\n    }\n    enterprises {\n      relation\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n    activeEnterprise {\n      id\n      uscc\n      name\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    me {\n      ...SessionUserFields\n    }\n    notices\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchEnterprise($enterpriseId: ID!) {\n    switchEnterprise(enterpriseId: $enterpriseId) {\n      ...SessionUserFields\n    }\n  }\n": types.SwitchEnterpriseDocument,
    "\n  fragment StaffLoginResultFields on StaffLoginResult {\n    step\n    challengeToken\n    totpEnrollment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n    auth {\n      ...AuthPayloadFields\n    }\n  }\n": types.StaffLoginResultFieldsFragmentDoc,
    "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      ...StaffLoginResultFields\n    }\n  }\n": types.StaffLoginDocument,
    "\n  mutation StaffVerifyTotp($challengeToken: String!, $code: String!) {\n    staffVerifyTotp(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n": types.StaffVerifyTotpDocument,
    "\n  mutation StaffConfirmTotpEnrollment($challengeToken: String!, $code: String!) {\n    staffConfirmTotpEnrollment(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n": types.StaffConfirmTotpEnrollmentDocument,
    "\n  mutation StaffChangeInitialPassword($challengeToken: String!, $newPassword: String!) {\n    staffChangeInitialPassword(challengeToken: $challengeToken, newPassword: $newPassword) {\n      ...StaffLoginResultFields\n    }\n  }\n": types.StaffChangeInitialPasswordDocument,
    "\n  mutation BeginUnifiedLogin($redirectUri: String!) {\n    beginUnifiedLogin(redirectUri: $redirectUri) {\n      authorizeUrl\n      state\n    }\n  }\n": types.BeginUnifiedLoginDocument,
    "\n  mutation CompleteUnifiedLogin($state: String!, $code: String!) {\n    completeUnifiedLogin(state: $state, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CompleteUnifiedLoginDocument,
    "\n  mutation HostLogin($authCode: String!) {\n    hostLogin(authCode: $authCode) {\n      ...AuthPayloadFields\n    }\n  }\n": types.HostLoginDocument,
    "\n  query ManagedBanners {\n    banners { id title subtitle imageUrl linkPath sortOrder startsAt endsAt status }\n  }\n": types.ManagedBannersDocument,
    "\n  mutation CreateBanner($input: BannerInput!) {\n    createBanner(input: $input) { id }\n  }\n": types.CreateBannerDocument,
    "\n  mutation UpdateBanner($id: ID!, $input: BannerInput!) {\n    updateBanner(id: $id, input: $input) { id status }\n  }\n": types.UpdateBannerDocument,
    "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n": types.DeleteBannerDocument,
    "\n  mutation ReorderBanners($ids: [ID!]!) {\n    reorderBanners(ids: $ids) { id sortOrder }\n  }\n": types.ReorderBannersDocument,
    "\n  query ManagedPolicy($id: ID!) {\n    managedPolicy(id: $id) {\n      id version title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes status\n      attachments { id name size }\n    }\n  }\n": types.ManagedPolicyDocument,
    "\n  query ManagedPolicyList($first: Int) {\n    managedPolicies(first: $first) {\n      edges { node { id title level status issuedOn attachments { id } } }\n    }\n  }\n": types.ManagedPolicyListDocument,
    "\n  query ManagedNewsList($first: Int) {\n    managedNewsList(first: $first) {\n      edges { node { id title level source status publishedOn attachments { id } } }\n    }\n  }\n": types.ManagedNewsListDocument,
    "\n  query ManagedNews($id: ID!) {\n    managedNews(id: $id) { id version title level source publishedOn summary bodyHtml status attachments { id name size } }\n  }\n": types.ManagedNewsDocument,
    "\n  mutation CreateNews($input: NewsInput!) {\n    createNews(input: $input) { id status }\n  }\n": types.CreateNewsDocument,
    "\n  mutation UpdateNews($id: ID!, $expectedVersion: Int!, $input: NewsInput!) {\n    updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": types.UpdateNewsDocument,
    "\n  mutation PublishNews($id: ID!) {\n    publishNews(id: $id) { id status version }\n  }\n": types.PublishNewsDocument,
    "\n  mutation WithdrawNews($id: ID!) {\n    withdrawNews(id: $id) { id status version }\n  }\n": types.WithdrawNewsDocument,
    "\n  fragment DataConsentFields on DataConsent {\n    id\n    reference\n    status\n    sources\n    purpose\n    granteeKind\n    granteeInstitutionId\n    granteeName\n    productName\n    grantorRelation\n    grantedByName\n    agreementVersion\n    grantedAt\n    expiresAt\n    revokedAt\n  }\n": types.DataConsentFieldsFragmentDoc,
    "\n  query MyDataConsents($status: ConsentStatus, $first: Int, $after: String) {\n    myDataConsents(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...DataConsentFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.MyDataConsentsDocument,
    "\n  query AgentConsentPurposes {\n    agentConsentPurposes\n  }\n": types.AgentConsentPurposesDocument,
    "\n  query ConsentAgreement($purpose: ConsentPurpose!) {\n    consentAgreement(purpose: $purpose) {\n      purpose\n      version\n      title\n      text\n      publishedAt\n    }\n  }\n": types.ConsentAgreementDocument,
    "\n  query GrantInstitutions($filter: InstitutionFilter, $first: Int) {\n    institutions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n    }\n  }\n": types.GrantInstitutionsDocument,
    "\n  mutation GrantDataConsent($input: GrantDataConsentInput!) {\n    grantDataConsent(input: $input) {\n      ...DataConsentFields\n    }\n  }\n": types.GrantDataConsentDocument,
    "\n  mutation RevokeDataConsent($id: ID!) {\n    revokeDataConsent(id: $id) {\n      ...DataConsentFields\n    }\n  }\n": types.RevokeDataConsentDocument,
    "\n  mutation UpdateAgentConsentPurposes($purposes: [ConsentPurpose!]!) {\n    updateAgentConsentPurposes(purposes: $purposes)\n  }\n": types.UpdateAgentConsentPurposesDocument,
    "\n  query DataUseRecords($first: Int, $after: String) {\n    dataUseRecords(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          source\n          purpose\n          consentReference\n          partyName\n          actorName\n          outcome\n          detail\n          occurredAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.DataUseRecordsDocument,
    "\n  query EnterpriseProfile {\n    me {\n      id\n      activeEnterprise {\n        id\n        name\n        uscc\n        registerProfile {\n          ...RegisterProfileFields\n        }\n      }\n    }\n  }\n": types.EnterpriseProfileDocument,
    "\n  fragment RegisterProfileFields on EnterpriseRegisterProfile {\n    regionCode\n    regionName\n    industryCode\n    industryName\n    type\n    establishedOn\n    registeredCapitalFen\n    legalRepresentativeMasked\n    status\n    scale\n    scaleNote\n    source\n    fetchedAt\n    asOf\n    complete\n    missingFields\n  }\n": types.RegisterProfileFieldsFragmentDoc,
    "\n  mutation RefreshGovernmentData($enterpriseId: ID!) {\n    refreshGovernmentData(enterpriseId: $enterpriseId) {\n      enterpriseId\n      sources {\n        source\n        scope\n        label\n        outcome\n        outcomeLabel\n        fetchedAt\n        complete\n        missingFields\n      }\n      registerProfile {\n        ...RegisterProfileFields\n      }\n    }\n  }\n": types.RefreshGovernmentDataDocument,
    "\n  query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          type\n          regionCode\n          description\n          productCount\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n": types.InstitutionDirectoryDocument,
    "\n  query InstitutionTypeCounts($filter: InstitutionFilter) {\n    institutionFacets(filter: $filter) {\n      total\n      types {\n        type\n        count\n      }\n    }\n  }\n": types.InstitutionTypeCountsDocument,
    "\n  query InstitutionDetail($id: ID!, $first: Int, $after: String) {\n    institution(id: $id) {\n      id\n      name\n      shortName\n      type\n      regionCode\n      description\n      contactPhone\n      address\n      website\n      serviceHours\n      establishedOn\n      products(first: $first, after: $after, sort: POPULARITY) {\n        ...ProductCardConnectionFields\n      }\n    }\n  }\n": types.InstitutionDetailDocument,
    "\n  fragment ProductFieldValuesFields on ProductFieldValues {\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minTermMonths\n    maxTermMonths\n    minRateBp\n    maxRateBp\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n    onlineApply\n    summary\n    description\n  }\n": types.ProductFieldValuesFieldsFragmentDoc,
    "\n  fragment ManagedProductFields on Product {\n    id\n    name\n    status\n    ...ProductTermsFields\n    ...ProductEligibilityFields\n    description\n    publishedAt\n    institution {\n      id\n      name\n    }\n  }\n": types.ManagedProductFieldsFragmentDoc,
    "\n  fragment ReviewSummaryFields on ProductReview {\n    id\n    kind\n    status\n    reason\n    submittedByName\n    submittedAt\n    reviewedByName\n    reviewedAt\n  }\n": types.ReviewSummaryFieldsFragmentDoc,
    "\n  query MyInstitutionProducts($status: ProductStatus, $first: Int, $after: String) {\n    myInstitutionProducts(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          product {\n            ...ManagedProductFields\n          }\n          latestReview {\n            ...ReviewSummaryFields\n          }\n        }\n      }\n    }\n  }\n": types.MyInstitutionProductsDocument,
    "\n  query ProductEditor($id: ID!) {\n    productDraft(id: $id) {\n      ...ManagedProductFields\n    }\n    productHistory(id: $id) {\n      ...ReviewSummaryFields\n    }\n  }\n": types.ProductEditorDocument,
    "\n  mutation CreateProductDraft($input: ProductDraftInput!) {\n    createProductDraft(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateProductDraftDocument,
    "\n  mutation UpdateProductDraft($id: ID!, $input: ProductDraftInput!) {\n    updateProductDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateProductDraftDocument,
    "\n  mutation SubmitProductForReview($id: ID!) {\n    submitProductForReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitProductForReviewDocument,
    "\n  mutation ProposeProductChange($id: ID!, $input: ProductDraftInput!) {\n    proposeProductChange(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeProductChangeDocument,
    "\n  mutation RetireProduct($id: ID!) {\n    retireProduct(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetireProductDocument,
    "\n  query ProductReviewQueue($first: Int, $after: String) {\n    productReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ReviewSummaryFields\n          proposed {\n            ...ProductFieldValuesFields\n          }\n          product {\n            ...ManagedProductFields\n          }\n        }\n      }\n    }\n  }\n": types.ProductReviewQueueDocument,
    "\n  mutation ApproveProductReview($id: ID!) {\n    approveProductReview(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveProductReviewDocument,
    "\n  mutation RejectProductReview($id: ID!, $reason: String!) {\n    rejectProductReview(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n": types.RejectProductReviewDocument,
    "\n  query SecurityStaffAccounts {\n    staffAccounts {\n      id\n      username\n      displayName\n      role\n      enabled\n      lockedUntil\n      failedLoginCount\n      totpEnabled\n      institution { id name }\n    }\n  }\n": types.SecurityStaffAccountsDocument,
    "\n  mutation UnlockStaffAccount($id: ID!) {\n    unlockStaffAccount(id: $id) { id lockedUntil failedLoginCount }\n  }\n": types.UnlockStaffAccountDocument,
    "\n  mutation ResetStaffTotp($id: ID!) {\n    resetStaffTotp(id: $id) { id totpEnabled }\n  }\n": types.ResetStaffTotpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyList(\n    $level: PolicyLevel\n    $industryCode: String\n    $scale: EnterpriseScale\n    $enterpriseType: EnterpriseType\n    $first: Int\n    $after: String\n  ) {\n    policies(level: $level, industryCode: $industryCode, scale: $scale, enterpriseType: $enterpriseType, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level issuer documentNumber issuedOn summary industryCodes scales enterpriseTypes } }\n    }\n  }\n"): typeof import('./graphql').PolicyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDetail($id: ID!) {\n    policy(id: $id) {\n      id title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes\n      attachments { id name mimeType size url }\n    }\n  }\n"): typeof import('./graphql').PolicyDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsList($level: PolicyLevel, $first: Int, $after: String) {\n    newsList(level: $level, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title level source publishedOn summary } }\n    }\n  }\n"): typeof import('./graphql').NewsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsDetail($id: ID!) {\n    news(id: $id) { id title level source publishedOn summary bodyHtml attachments { id name mimeType size url } }\n  }\n"): typeof import('./graphql').NewsDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPolicyPush {\n    myPolicyPush { reasons reasonText policy { id title level issuer issuedOn summary } }\n  }\n"): typeof import('./graphql').MyPolicyPushDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessages($first: Int, $after: String) {\n    unreadMessageCount\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link readAt createdAt } }\n    }\n  }\n"): typeof import('./graphql').MyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($ids: [ID!]!) {\n    markMessagesRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkMessagesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: PolicyInput!) {\n    createPolicy(input: $input) { id status }\n  }\n"): typeof import('./graphql').CreatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($id: ID!, $expectedVersion: Int!, $input: PolicyInput!) {\n    updatePolicy(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n"): typeof import('./graphql').UpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPolicy($id: ID!) {\n    publishPolicy(id: $id) { notifiedUserCount policy { id status version } }\n  }\n"): typeof import('./graphql').PublishPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPolicy($id: ID!) {\n    withdrawPolicy(id: $id) { id status version }\n  }\n"): typeof import('./graphql').WithdrawPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeBanners {\n    homeBanners {\n      id\n      title\n      subtitle\n      imageUrl\n      linkPath\n    }\n  }\n"): typeof import('./graphql').HomeBannersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeLatestContent {\n    policies(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          issuer\n          issuedOn\n        }\n      }\n    }\n    newsList(first: 3) {\n      edges {\n        node {\n          id\n          title\n          level\n          source\n          publishedOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeLatestContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadMessageCountLive {\n    unreadMessageCount\n  }\n"): typeof import('./graphql').UnreadMessageCountLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageReceivedLive($after: ID) {\n    messageReceived(after: $after) {\n      eventId\n      message { id kind title body link readAt createdAt }\n    }\n  }\n"): typeof import('./graphql').MessageReceivedLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): typeof import('./graphql').UnreadMessageCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): typeof import('./graphql').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductTermsFields on Product {\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minRateBp\n    maxRateBp\n    minTermMonths\n    maxTermMonths\n    summary\n    onlineApply\n  }\n"): typeof import('./graphql').ProductTermsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductEligibilityFields on Product {\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n  }\n"): typeof import('./graphql').ProductEligibilityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    name\n    ...ProductTermsFields\n    institution {\n      id\n      name\n      shortName\n      type\n    }\n  }\n"): typeof import('./graphql').ProductCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardConnectionFields on ProductConnection {\n    edges {\n      cursor\n      node {\n        ...ProductCardFields\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n    totalCount\n  }\n"): typeof import('./graphql').ProductCardConnectionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    products(first: 6, sort: POPULARITY) {\n      edges {\n        node {\n          ...ProductCardFields\n        }\n      }\n      totalCount\n    }\n    institutions(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketProducts($filter: ProductFilter, $sort: ProductSort, $first: Int, $after: String) {\n    products(filter: $filter, sort: $sort, first: $first, after: $after) {\n      ...ProductCardConnectionFields\n    }\n  }\n"): typeof import('./graphql').MarketProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketFacets($filter: ProductFilter) {\n    productFacets(filter: $filter) {\n      categories {\n        value\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').MarketFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      ...ProductCardFields\n      description\n      ...ProductEligibilityFields\n      applyCount\n      publishedAt\n      institution {\n        id\n        name\n        shortName\n        type\n        contactPhone\n        address\n        website\n      }\n    }\n  }\n"): typeof import('./graphql').ProductDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendProducts($input: RecommendationInput!) {\n    recommendProducts(input: $input) {\n      profile {\n        regionName\n        industryName\n        scale\n        yearsInBusiness\n        enterpriseName\n      }\n      recommended {\n        score\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n      nearMisses {\n        score\n        reasons\n        matchedConditions\n        product {\n          ...ProductCardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecommendProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on Me {\n    id\n    displayName\n    role\n    permissions\n    phoneMasked\n    mustChangePassword\n    totpEnabled\n    institution {\n      id\n      name\n      shortName\n    }\n    enterprises {\n      relation\n      enterprise {\n        id\n        uscc\n        name\n      }\n    }\n    activeEnterprise {\n      id\n      uscc\n      name\n    }\n  }\n"): typeof import('./graphql').SessionUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    me {\n      ...SessionUserFields\n    }\n    notices\n  }\n"): typeof import('./graphql').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchEnterprise($enterpriseId: ID!) {\n    switchEnterprise(enterpriseId: $enterpriseId) {\n      ...SessionUserFields\n    }\n  }\n"): typeof import('./graphql').SwitchEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffLoginResultFields on StaffLoginResult {\n    step\n    challengeToken\n    totpEnrollment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n    auth {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').StaffLoginResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($username: String!, $password: String!) {\n    staffLogin(username: $username, password: $password) {\n      ...StaffLoginResultFields\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffVerifyTotp($challengeToken: String!, $code: String!) {\n    staffVerifyTotp(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n"): typeof import('./graphql').StaffVerifyTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffConfirmTotpEnrollment($challengeToken: String!, $code: String!) {\n    staffConfirmTotpEnrollment(challengeToken: $challengeToken, code: $code) {\n      ...StaffLoginResultFields\n    }\n  }\n"): typeof import('./graphql').StaffConfirmTotpEnrollmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffChangeInitialPassword($challengeToken: String!, $newPassword: String!) {\n    staffChangeInitialPassword(challengeToken: $challengeToken, newPassword: $newPassword) {\n      ...StaffLoginResultFields\n    }\n  }\n"): typeof import('./graphql').StaffChangeInitialPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginUnifiedLogin($redirectUri: String!) {\n    beginUnifiedLogin(redirectUri: $redirectUri) {\n      authorizeUrl\n      state\n    }\n  }\n"): typeof import('./graphql').BeginUnifiedLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUnifiedLogin($state: String!, $code: String!) {\n    completeUnifiedLogin(state: $state, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').CompleteUnifiedLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HostLogin($authCode: String!) {\n    hostLogin(authCode: $authCode) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql').HostLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedBanners {\n    banners { id title subtitle imageUrl linkPath sortOrder startsAt endsAt status }\n  }\n"): typeof import('./graphql').ManagedBannersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBanner($input: BannerInput!) {\n    createBanner(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateBannerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBanner($id: ID!, $input: BannerInput!) {\n    updateBanner(id: $id, input: $input) { id status }\n  }\n"): typeof import('./graphql').UpdateBannerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBanner($id: ID!) {\n    deleteBanner(id: $id)\n  }\n"): typeof import('./graphql').DeleteBannerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderBanners($ids: [ID!]!) {\n    reorderBanners(ids: $ids) { id sortOrder }\n  }\n"): typeof import('./graphql').ReorderBannersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedPolicy($id: ID!) {\n    managedPolicy(id: $id) {\n      id version title level issuer documentNumber issuedOn summary bodyHtml industryCodes scales enterpriseTypes status\n      attachments { id name size }\n    }\n  }\n"): typeof import('./graphql').ManagedPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedPolicyList($first: Int) {\n    managedPolicies(first: $first) {\n      edges { node { id title level status issuedOn attachments { id } } }\n    }\n  }\n"): typeof import('./graphql').ManagedPolicyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedNewsList($first: Int) {\n    managedNewsList(first: $first) {\n      edges { node { id title level source status publishedOn attachments { id } } }\n    }\n  }\n"): typeof import('./graphql').ManagedNewsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedNews($id: ID!) {\n    managedNews(id: $id) { id version title level source publishedOn summary bodyHtml status attachments { id name size } }\n  }\n"): typeof import('./graphql').ManagedNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNews($input: NewsInput!) {\n    createNews(input: $input) { id status }\n  }\n"): typeof import('./graphql').CreateNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNews($id: ID!, $expectedVersion: Int!, $input: NewsInput!) {\n    updateNews(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n"): typeof import('./graphql').UpdateNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNews($id: ID!) {\n    publishNews(id: $id) { id status version }\n  }\n"): typeof import('./graphql').PublishNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNews($id: ID!) {\n    withdrawNews(id: $id) { id status version }\n  }\n"): typeof import('./graphql').WithdrawNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataConsentFields on DataConsent {\n    id\n    reference\n    status\n    sources\n    purpose\n    granteeKind\n    granteeInstitutionId\n    granteeName\n    productName\n    grantorRelation\n    grantedByName\n    agreementVersion\n    grantedAt\n    expiresAt\n    revokedAt\n  }\n"): typeof import('./graphql').DataConsentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataConsents($status: ConsentStatus, $first: Int, $after: String) {\n    myDataConsents(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...DataConsentFields\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MyDataConsentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentConsentPurposes {\n    agentConsentPurposes\n  }\n"): typeof import('./graphql').AgentConsentPurposesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentAgreement($purpose: ConsentPurpose!) {\n    consentAgreement(purpose: $purpose) {\n      purpose\n      version\n      title\n      text\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').ConsentAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantInstitutions($filter: InstitutionFilter, $first: Int) {\n    institutions(filter: $filter, first: $first) {\n      edges {\n        node {\n          id\n          name\n          type\n        }\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').GrantInstitutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantDataConsent($input: GrantDataConsentInput!) {\n    grantDataConsent(input: $input) {\n      ...DataConsentFields\n    }\n  }\n"): typeof import('./graphql').GrantDataConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDataConsent($id: ID!) {\n    revokeDataConsent(id: $id) {\n      ...DataConsentFields\n    }\n  }\n"): typeof import('./graphql').RevokeDataConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgentConsentPurposes($purposes: [ConsentPurpose!]!) {\n    updateAgentConsentPurposes(purposes: $purposes)\n  }\n"): typeof import('./graphql').UpdateAgentConsentPurposesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataUseRecords($first: Int, $after: String) {\n    dataUseRecords(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          source\n          purpose\n          consentReference\n          partyName\n          actorName\n          outcome\n          detail\n          occurredAt\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').DataUseRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseProfile {\n    me {\n      id\n      activeEnterprise {\n        id\n        name\n        uscc\n        registerProfile {\n          ...RegisterProfileFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegisterProfileFields on EnterpriseRegisterProfile {\n    regionCode\n    regionName\n    industryCode\n    industryName\n    type\n    establishedOn\n    registeredCapitalFen\n    legalRepresentativeMasked\n    status\n    scale\n    scaleNote\n    source\n    fetchedAt\n    asOf\n    complete\n    missingFields\n  }\n"): typeof import('./graphql').RegisterProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshGovernmentData($enterpriseId: ID!) {\n    refreshGovernmentData(enterpriseId: $enterpriseId) {\n      enterpriseId\n      sources {\n        source\n        scope\n        label\n        outcome\n        outcomeLabel\n        fetchedAt\n        complete\n        missingFields\n      }\n      registerProfile {\n        ...RegisterProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshGovernmentDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionDirectory($filter: InstitutionFilter, $first: Int, $after: String) {\n    institutions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          shortName\n          type\n          regionCode\n          description\n          productCount\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').InstitutionDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionTypeCounts($filter: InstitutionFilter) {\n    institutionFacets(filter: $filter) {\n      total\n      types {\n        type\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').InstitutionTypeCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstitutionDetail($id: ID!, $first: Int, $after: String) {\n    institution(id: $id) {\n      id\n      name\n      shortName\n      type\n      regionCode\n      description\n      contactPhone\n      address\n      website\n      serviceHours\n      establishedOn\n      products(first: $first, after: $after, sort: POPULARITY) {\n        ...ProductCardConnectionFields\n      }\n    }\n  }\n"): typeof import('./graphql').InstitutionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFieldValuesFields on ProductFieldValues {\n    name\n    category\n    guaranteeMethods\n    minAmountFen\n    maxAmountFen\n    minTermMonths\n    maxTermMonths\n    minRateBp\n    maxRateBp\n    repaymentMethods\n    targetRegionCodes\n    targetIndustryCodes\n    targetScales\n    minYearsInBusiness\n    minCreditGrade\n    requiredMaterials\n    onlineApply\n    summary\n    description\n  }\n"): typeof import('./graphql').ProductFieldValuesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedProductFields on Product {\n    id\n    name\n    status\n    ...ProductTermsFields\n    ...ProductEligibilityFields\n    description\n    publishedAt\n    institution {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ManagedProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewSummaryFields on ProductReview {\n    id\n    kind\n    status\n    reason\n    submittedByName\n    submittedAt\n    reviewedByName\n    reviewedAt\n  }\n"): typeof import('./graphql').ReviewSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInstitutionProducts($status: ProductStatus, $first: Int, $after: String) {\n    myInstitutionProducts(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          id\n          product {\n            ...ManagedProductFields\n          }\n          latestReview {\n            ...ReviewSummaryFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyInstitutionProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductEditor($id: ID!) {\n    productDraft(id: $id) {\n      ...ManagedProductFields\n    }\n    productHistory(id: $id) {\n      ...ReviewSummaryFields\n    }\n  }\n"): typeof import('./graphql').ProductEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProductDraft($input: ProductDraftInput!) {\n    createProductDraft(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CreateProductDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductDraft($id: ID!, $input: ProductDraftInput!) {\n    updateProductDraft(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateProductDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProductForReview($id: ID!) {\n    submitProductForReview(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitProductForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeProductChange($id: ID!, $input: ProductDraftInput!) {\n    proposeProductChange(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ProposeProductChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireProduct($id: ID!) {\n    retireProduct(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetireProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductReviewQueue($first: Int, $after: String) {\n    productReviewQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        cursor\n        node {\n          ...ReviewSummaryFields\n          proposed {\n            ...ProductFieldValuesFields\n          }\n          product {\n            ...ManagedProductFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProductReview($id: ID!) {\n    approveProductReview(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveProductReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProductReview($id: ID!, $reason: String!) {\n    rejectProductReview(id: $id, reason: $reason) {\n      id\n      status\n      reason\n    }\n  }\n"): typeof import('./graphql').RejectProductReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityStaffAccounts {\n    staffAccounts {\n      id\n      username\n      displayName\n      role\n      enabled\n      lockedUntil\n      failedLoginCount\n      totpEnabled\n      institution { id name }\n    }\n  }\n"): typeof import('./graphql').SecurityStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockStaffAccount($id: ID!) {\n    unlockStaffAccount(id: $id) { id lockedUntil failedLoginCount }\n  }\n"): typeof import('./graphql').UnlockStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffTotp($id: ID!) {\n    resetStaffTotp(id: $id) { id totpEnabled }\n  }\n"): typeof import('./graphql').ResetStaffTotpDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
