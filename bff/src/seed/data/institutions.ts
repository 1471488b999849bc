import { InstitutionType } from '@rongtong/shared';
import type { InstitutionSeed } from './types';

/**
 * Fictional institutions that have joined the platform. The first bank is the home
 * institution of the institution-staff demo accounts.
 */
export const INSTITUTION_SEEDS: readonly InstitutionSeed[] = [
  // ── 银行 ──────────────────────────────────────────────────────────────
  {
    key: 'yinghuai-rcb',
    name: '阜阳颍淮农村商业银行股份有限公司',
    shortName: '颍淮农商银行',
    type: InstitutionType.BANK,
    regionCode: '341202',
    description:
      '颍淮农商银行是扎根阜阳的地方法人银行，在全市设有营业网点86个，坚持“服务三农、服务小微、服务城乡居民”的市场定位。该行依托金融大数据服务平台推出“颍淮税易贷”“惠农快贷”等纯信用线上产品，小微企业贷款余额占各项贷款的六成以上。',
    contactPhone: '0558-2211966',
    address: '阜阳市颍州区颍州中路218号',
    establishedOn: '2012-11-28',
    serviceHours: '周一至周日 8:30-17:00',
  },
  {
    key: 'wanbei-ccb-fuyang',
    name: '皖北城市商业银行股份有限公司阜阳分行',
    shortName: '皖北城商行阜阳分行',
    type: InstitutionType.BANK,
    regionCode: '341202',
    description:
      '皖北城商行阜阳分行是皖北城市商业银行在阜阳设立的一级分行，下辖支行14家，重点服务制造业、商贸流通和科技型中小企业。分行设立普惠金融部和科技金融专营团队，为企业提供信用贷款、供应链融资和知识产权质押等综合金融服务。',
    contactPhone: '0558-2689500',
    address: '阜阳市颍州区清河西路66号皖北金融大厦',
    establishedOn: '2015-06-18',
    serviceHours: '周一至周五 8:30-17:30，周六 9:00-16:00',
  },
  {
    key: 'runhuai-bank-fuyang',
    name: '安徽润淮银行股份有限公司阜阳分行',
    shortName: '润淮银行阜阳分行',
    type: InstitutionType.BANK,
    regionCode: '341204',
    description:
      '润淮银行阜阳分行以“阜商流水贷”“润淮抵押快贷”等产品服务个体工商户和小微企业主，推行“一次调查、一次审批、循环使用”的授信模式。分行与市融资担保公司开展“政银担”合作，对首贷户和涉农主体给予利率优惠。',
    contactPhone: '0558-2735188',
    address: '阜阳市颍泉区颍河西路99号',
    establishedOn: '2016-09-08',
    serviceHours: '周一至周五 8:30-17:30，周六 9:00-16:00',
  },
  {
    key: 'huize-bank-fuyang',
    name: '安徽徽泽银行股份有限公司阜阳分行',
    shortName: '徽泽银行阜阳分行',
    type: InstitutionType.BANK,
    regionCode: '341203',
    description:
      '徽泽银行阜阳分行聚焦阜阳现代医药、绿色食品和新能源等主导产业，设有科技支行和产业园区服务站。分行推出“皖北科技贷”“专精特新贷”等产品，对高新技术企业和专精特新企业开辟审批绿色通道。',
    contactPhone: '0558-2521700',
    address: '阜阳市颍东区东清河路168号',
    establishedOn: '2018-03-26',
    serviceHours: '周一至周五 8:30-17:30，周六 9:00-16:00',
  },
  {
    key: 'wanxing-bank',
    name: '安徽皖兴民营银行股份有限公司',
    shortName: '皖兴银行',
    type: InstitutionType.BANK,
    regionCode: '340100',
    description:
      '皖兴银行是总部位于合肥的民营互联网银行，不设物理网点，全部业务通过线上渠道办理。该行运用政务数据和大数据风控模型为小微企业、个体工商户提供“随借随还、按日计息”的线上信用贷款，审批最快三分钟完成。',
    contactPhone: '0551-65608800',
    address: '合肥市高新区望江西路860号皖兴金融中心',
    establishedOn: '2019-12-16',
    serviceHours: '线上服务 7×24 小时；客服 周一至周五 9:00-17:30',
  },
  {
    key: 'shahe-village-bank',
    name: '界首沙河村镇银行股份有限公司',
    shortName: '沙河村镇银行',
    type: InstitutionType.BANK,
    regionCode: '341282',
    description:
      '沙河村镇银行立足界首，主要服务再生资源、农副产品加工等县域特色产业和当地农户。该行推行“整村授信”和客户经理包片走访，对种养殖大户、家庭农场和农民专业合作社提供免抵押的小额信用贷款。',
    contactPhone: '0558-4862315',
    address: '界首市人民中路205号',
    establishedOn: '2011-08-15',
    serviceHours: '周一至周五 8:30-17:30，周六 9:00-16:00',
  },
  {
    key: 'huinong-village-bank-taihe',
    name: '太和惠农村镇银行股份有限公司',
    shortName: '太和惠农村镇银行',
    type: InstitutionType.BANK,
    regionCode: '341222',
    description:
      '太和惠农村镇银行服务太和县医药、发制品、纺织服装等县域产业集群和广大农户。该行开发“发制品产业贷”“药商e贷”等特色产品，并在乡镇设立普惠金融服务站，为群众提供就近便捷的金融服务。',
    contactPhone: '0558-8663021',
    address: '太和县细阳路318号',
    establishedOn: '2010-12-20',
    serviceHours: '周一至周五 8:30-17:30，周六 9:00-16:00',
  },
  // ── 证券公司 ──────────────────────────────────────────────────────────
  {
    key: 'jianghuai-securities-fuyang',
    name: '江淮证券股份有限公司阜阳清河路证券营业部',
    shortName: '江淮证券阜阳营业部',
    type: InstitutionType.SECURITIES,
    regionCode: '341202',
    description:
      '江淮证券阜阳营业部为企业提供上市辅导、新三板挂牌、债券融资和财务顾问服务。营业部与市有关部门共建拟上市企业后备库，为后备企业提供规范治理、股改方案和资本市场路径诊断。',
    contactPhone: '0558-2198866',
    address: '阜阳市颍州区清河东路28号国贸大厦12层',
    establishedOn: '2008-05-12',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'huiyuan-securities-fuyang',
    name: '徽源证券有限责任公司阜阳分公司',
    shortName: '徽源证券阜阳分公司',
    type: InstitutionType.SECURITIES,
    regionCode: '341202',
    description:
      '徽源证券阜阳分公司设有投资银行服务团队，重点服务阜阳高新技术企业和专精特新企业的股权融资需求。分公司可对接私募股权基金、区域性股权市场和北京证券交易所，提供从规范辅导到发行上市的全流程服务。',
    contactPhone: '0558-2306688',
    address: '阜阳市颍州区颍州南路506号',
    establishedOn: '2013-10-30',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 保险公司 ──────────────────────────────────────────────────────────
  {
    key: 'wanxin-pc-insurance-fuyang',
    name: '安徽皖信财产保险股份有限公司阜阳中心支公司',
    shortName: '皖信财险阜阳中支',
    type: InstitutionType.INSURANCE,
    regionCode: '341202',
    description:
      '皖信财险阜阳中支在全市各县市区设有支公司，开办小额贷款保证保险、科技保险和农业保险等业务。公司与合作银行建立“银保”风险分担机制，帮助缺少抵押物的小微企业和种养殖户获得银行贷款。',
    contactPhone: '0558-2286511',
    address: '阜阳市颍州区文峰路126号',
    establishedOn: '2009-04-01',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'zhongyuan-rongan-insurance-fuyang',
    name: '中原融安财产保险股份有限公司阜阳中心支公司',
    shortName: '融安财险阜阳中支',
    type: InstitutionType.INSURANCE,
    regionCode: '341202',
    description:
      '融安财险阜阳中支主营企业财产保险、工程保险和保证保险业务。公司推出面向建筑施工和政府采购供应商的履约保证保险，以保单替代保证金，减少企业资金占用。',
    contactPhone: '0558-2596033',
    address: '阜阳市颍州区人民西路88号',
    establishedOn: '2014-07-22',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 小额贷款公司 ──────────────────────────────────────────────────────
  {
    key: 'yingdong-tech-microloan',
    name: '阜阳市颍东区科技小额贷款有限公司',
    shortName: '颍东科技小贷',
    type: InstitutionType.MICROLOAN,
    regionCode: '341203',
    description:
      '颍东科技小贷是经省地方金融管理部门批准设立的小额贷款公司，注册资本2亿元，专注服务颍东区及阜阳经济技术开发区的科技型小微企业。公司贷款审批链条短，单户贷款余额不超过注册资本的10%。',
    contactPhone: '0558-2392808',
    address: '阜阳市颍东区新华街道阜蚌路56号',
    establishedOn: '2013-01-18',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'runze-microloan-taihe',
    name: '太和县润泽小额贷款有限公司',
    shortName: '润泽小贷',
    type: InstitutionType.MICROLOAN,
    regionCode: '341222',
    description:
      '润泽小贷深耕太和县医药流通、农产品购销和个体商户市场，提供短期流动资金贷款和应急周转贷款。公司实行客户经理上门服务，资料齐全的贷款最快当天放款。',
    contactPhone: '0558-8611477',
    address: '太和县城关镇和谐路88号',
    establishedOn: '2012-06-05',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'wanbei-online-microloan',
    name: '安徽皖北网络小额贷款有限公司',
    shortName: '皖北网络小贷',
    type: InstitutionType.MICROLOAN,
    regionCode: '341202',
    description:
      '皖北网络小贷是经批准开展网络小额贷款业务的持牌机构，依托平台政务数据和交易数据对个体工商户、小微企业主进行线上授信。贷款全流程线上办理，支持随借随还，不收取任何贷前费用。',
    contactPhone: '0558-2780100',
    address: '阜阳市颍州区三清路19号阜阳数字经济产业园5号楼',
    establishedOn: '2020-08-11',
    serviceHours: '线上服务 7×24 小时；客服 周一至周五 9:00-17:30',
  },
  // ── 融资担保公司 ──────────────────────────────────────────────────────
  {
    key: 'yingxin-guarantee',
    name: '阜阳市颍信融资担保有限公司',
    shortName: '颍信担保',
    type: InstitutionType.GUARANTEE,
    regionCode: '341202',
    description:
      '颍信担保是阜阳市政府出资设立的政策性融资担保机构，纳入省级“4321”新型政银担风险分担体系。公司平均担保费率不超过1%，对首贷户、科技型企业和涉农主体进一步降低费率。',
    contactPhone: '0558-2170618',
    address: '阜阳市颍州区淮河路286号阜阳金融服务中心8层',
    establishedOn: '2007-09-10',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'huiqi-guarantee-jieshou',
    name: '界首市惠企融资担保有限公司',
    shortName: '界首惠企担保',
    type: InstitutionType.GUARANTEE,
    regionCode: '341282',
    description:
      '界首惠企担保由界首市国有资本出资设立，主要为界首高新区再生资源、塑料制品和机电企业提供贷款担保。公司与县域内各银行签订合作协议，对优质企业提供“见贷即保”的批量担保服务。',
    contactPhone: '0558-4830266',
    address: '界首市阜阳路东段66号',
    establishedOn: '2009-12-02',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'wannong-guarantee-fuyang',
    name: '安徽皖农信贷融资担保有限公司阜阳分公司',
    shortName: '皖农担保阜阳分公司',
    type: InstitutionType.GUARANTEE,
    regionCode: '341202',
    description:
      '皖农担保阜阳分公司专注农业领域融资担保，服务家庭农场、农民专业合作社、种养殖大户和农业产业化企业。分公司推行标准化、批量化的“皖农惠担”产品，担保费率不超过0.8%，无需抵押反担保。',
    contactPhone: '0558-2258120',
    address: '阜阳市颍州区西湖大道36号',
    establishedOn: '2016-03-15',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 融资租赁公司 ──────────────────────────────────────────────────────
  {
    key: 'wanbei-leasing',
    name: '皖北融资租赁有限公司',
    shortName: '皖北租赁',
    type: InstitutionType.FINANCIAL_LEASING,
    regionCode: '341203',
    description:
      '皖北租赁主要为制造业企业提供设备直租和售后回租服务，租赁物涵盖数控机床、医药生产线、农机装备和新能源设备等。公司根据企业现金流设计租金方案，租期届满后企业可以名义价格留购设备。',
    contactPhone: '0558-2335598',
    address: '阜阳市颍东区阜阳经济技术开发区新阳大道19号',
    establishedOn: '2017-05-19',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'yinghuai-financial-leasing',
    name: '安徽颍淮金融租赁股份有限公司',
    shortName: '颍淮金租',
    type: InstitutionType.FINANCIAL_LEASING,
    regionCode: '340100',
    description:
      '颍淮金租是经金融监管部门批准设立的金融租赁公司，总部位于合肥，在阜阳设有业务部。公司围绕绿色能源、医疗健康和交通物流领域开展融资租赁业务，支持分布式光伏、医疗设备和冷链车辆融资。',
    contactPhone: '0551-63569200',
    address: '合肥市蜀山区潜山路190号华邦世贸中心30层',
    establishedOn: '2016-11-08',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 转贷基金 ──────────────────────────────────────────────────────────
  {
    key: 'fuyang-bridge-fund',
    name: '阜阳市中小企业转贷应急资金管理有限公司',
    shortName: '市转贷应急基金',
    type: InstitutionType.BRIDGE_LOAN_FUND,
    regionCode: '341202',
    description:
      '市转贷应急基金由市财政和社会资本共同出资设立，为贷款即将到期、银行同意续贷的中小微企业提供短期过桥资金。资金使用费率低于市场水平，申请、受理和审批全部在平台“我要转贷”模块线上完成。',
    contactPhone: '0558-2199016',
    address: '阜阳市颍州区淮河路286号阜阳金融服务中心6层',
    establishedOn: '2016-02-26',
    serviceHours: '周一至周五 8:30-12:00，14:30-17:30',
  },
  {
    key: 'yingshang-bridge-fund',
    name: '颍上县中小企业转贷基金运营中心有限公司',
    shortName: '颍上转贷基金',
    type: InstitutionType.BRIDGE_LOAN_FUND,
    regionCode: '341226',
    description:
      '颍上转贷基金服务颍上县域内的中小微企业和个体工商户，解决企业还旧借新期间的资金周转难题。基金与县内各合作银行签订续贷合作协议，银行出具续贷承诺后即可申请使用。',
    contactPhone: '0558-6521138',
    address: '颍上县慎城镇管仲大道118号',
    establishedOn: '2018-08-09',
    serviceHours: '周一至周五 8:30-12:00，14:30-17:30',
  },
  // ── 商业保理 ──────────────────────────────────────────────────────────
  {
    key: 'yingshang-trade-factoring',
    name: '阜阳颍商商业保理有限公司',
    shortName: '颍商保理',
    type: InstitutionType.COMMERCIAL_FACTORING,
    regionCode: '341202',
    description:
      '颍商保理为核心企业上游的中小供应商提供应收账款保理融资，支持有追索权和无追索权保理。公司已与本地多家大型制造和建筑企业建立确权合作，供应商凭确权后的应收账款即可融资。',
    contactPhone: '0558-2725060',
    address: '阜阳市颍州区颍州中路57号金融广场B座15层',
    establishedOn: '2019-04-17',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'lianrong-factoring',
    name: '安徽链融商业保理有限公司',
    shortName: '链融保理',
    type: InstitutionType.COMMERCIAL_FACTORING,
    regionCode: '340100',
    description:
      '链融保理是专注产业链金融的商业保理公司，依托电子债权凭证平台为汽车、家电和医药产业链上的中小供应商提供线上保理服务。凭证可拆分、可流转，供应商按需融资，资金最快当日到账。',
    contactPhone: '0551-62886655',
    address: '合肥市包河区徽州大道1188号滨湖金融港A座9层',
    establishedOn: '2018-10-23',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 风险投资机构 ──────────────────────────────────────────────────────
  {
    key: 'yingke-venture',
    name: '阜阳颍科创业投资管理有限公司',
    shortName: '颍科创投',
    type: InstitutionType.VENTURE_CAPITAL,
    regionCode: '341202',
    description:
      '颍科创投受托管理阜阳市科技创新创业投资基金，重点投资阜阳本地的生物医药、新材料、高端装备和数字经济领域初创期、成长期企业。基金坚持“投早、投小、投科技”，单个项目投资额一般为300万元至3000万元。',
    contactPhone: '0558-2166025',
    address: '阜阳市颍州区三清路19号阜阳数字经济产业园2号楼',
    establishedOn: '2017-12-28',
    serviceHours: '周一至周五 8:30-17:30',
  },
  {
    key: 'jianghuai-angel',
    name: '安徽江淮天使投资基金管理有限公司',
    shortName: '江淮天使基金',
    type: InstitutionType.VENTURE_CAPITAL,
    regionCode: '340100',
    description:
      '江淮天使基金是省内专业的天使投资机构，管理多支天使基金，投资种子期、初创期科技企业。基金在阜阳设立项目联络站，定期举办路演活动，为创业团队提供投资、孵化和资源对接服务。',
    contactPhone: '0551-65331208',
    address: '合肥市高新区创新大道2800号创新产业园二期F1栋',
    establishedOn: '2015-09-09',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 资产管理公司 ──────────────────────────────────────────────────────
  {
    key: 'wanbei-amc',
    name: '安徽皖北资产管理有限公司',
    shortName: '皖北资管',
    type: InstitutionType.ASSET_MANAGEMENT,
    regionCode: '341202',
    description:
      '皖北资管是省内获准开展金融不良资产批量收购处置业务的地方资产管理公司，在阜阳设有总部。公司通过债务重组、纾困融资和资产盘活等方式，帮助暂时遇到经营困难但有发展前景的企业渡过难关。',
    contactPhone: '0558-2630188',
    address: '阜阳市颍州区双清路100号',
    establishedOn: '2018-06-21',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 信托机构 ──────────────────────────────────────────────────────────
  {
    key: 'huaihai-trust',
    name: '安徽淮海信托股份有限公司',
    shortName: '淮海信托',
    type: InstitutionType.TRUST,
    regionCode: '340100',
    description:
      '淮海信托是经金融监管部门批准设立的信托公司，积极开展服务实体经济的产业金融业务。公司通过供应链金融信托计划，向核心企业产业链上下游中小企业提供应收账款融资和订单融资。',
    contactPhone: '0551-62617300',
    address: '合肥市庐阳区长江中路366号淮海信托大厦',
    establishedOn: '2002-08-30',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 股权交易中心 ──────────────────────────────────────────────────────
  {
    key: 'wanbei-equity-exchange',
    name: '皖北区域性股权交易中心有限公司阜阳运营中心',
    shortName: '皖北股交中心阜阳运营中心',
    type: InstitutionType.EQUITY_EXCHANGE,
    regionCode: '341202',
    description:
      '皖北股交中心阜阳运营中心为本地中小企业提供挂牌展示、股权托管、定向增资和可转债融资服务。中心设立“专精特新专板”和“科技创新专板”，帮助后备企业规范发展并向沪深北交易所转板。',
    contactPhone: '0558-2155886',
    address: '阜阳市颍州区淮河路286号阜阳金融服务中心10层',
    establishedOn: '2019-07-01',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 民间融资登记机构 ──────────────────────────────────────────────────
  {
    key: 'fuyang-private-lending-registry',
    name: '阜阳市民间融资登记服务中心有限公司',
    shortName: '阜阳民间融资登记中心',
    type: InstitutionType.PRIVATE_LENDING_REGISTRY,
    regionCode: '341202',
    description:
      '阜阳民间融资登记中心经市地方金融管理部门批准设立，为民间借贷双方提供信息登记、撮合对接、合同鉴证和资金托管服务。中心引导民间资本规范、透明地进入实体经济，借款利率严格控制在法律保护范围内。',
    contactPhone: '0558-2219951',
    address: '阜阳市颍州区颍州中路57号金融广场A座3层',
    establishedOn: '2015-11-11',
    serviceHours: '周一至周五 8:30-12:00，14:30-17:30',
  },
  // ── 典当行 ────────────────────────────────────────────────────────────
  {
    key: 'yingzhou-pawn',
    name: '阜阳市颍州典当有限责任公司',
    shortName: '颍州典当',
    type: InstitutionType.PAWN_SHOP,
    regionCode: '341202',
    description:
      '颍州典当是阜阳经营时间较长的典当企业，开办房地产抵押典当、机动车质押典当和民品质押典当业务。典当手续简便、放款快，适合企业和个体工商户解决短期、临时的资金需求。',
    contactPhone: '0558-2256078',
    address: '阜阳市颍州区人民中路156号',
    establishedOn: '2004-03-18',
    serviceHours: '周一至周日 8:30-18:00',
  },
  {
    key: 'juyuan-pawn-jieshou',
    name: '界首市聚源典当有限公司',
    shortName: '聚源典当',
    type: InstitutionType.PAWN_SHOP,
    regionCode: '341282',
    description:
      '聚源典当立足界首，主要为当地再生资源、商贸企业提供以原材料、机动车和房产为当物的短期融资。公司当物评估专业，当天评估、当天放款，到期可续当。',
    contactPhone: '0558-4823396',
    address: '界首市颍河路西段128号',
    establishedOn: '2010-05-27',
    serviceHours: '周一至周日 8:30-18:00',
  },
  // ── 信用互助合作社 ────────────────────────────────────────────────────
  {
    key: 'wangjiaba-credit-mutual',
    name: '阜南县王家坝农民信用互助合作社',
    shortName: '王家坝信用互助社',
    type: InstitutionType.CREDIT_MUTUAL,
    regionCode: '341225',
    description:
      '王家坝信用互助社是经县级主管部门批准开展信用互助业务试点的农民专业合作社，坚持“社员制、封闭性、不对外吸储放贷、不支付固定回报”的原则。互助资金仅在社员之间使用，重点支持社员春耕备播、畜禽养殖和农机购置。',
    contactPhone: '0558-6962245',
    address: '阜南县王家坝镇蒙洼大道18号',
    establishedOn: '2017-04-06',
    serviceHours: '周一至周五 8:30-17:30',
  },
  // ── 社会众筹机构 ──────────────────────────────────────────────────────
  {
    key: 'fuyang-zhongchuang-crowdfunding',
    name: '阜阳众创股权众筹服务有限公司',
    shortName: '阜阳众创众筹',
    type: InstitutionType.CROWDFUNDING,
    regionCode: '341202',
    description:
      '阜阳众创众筹为本地小微科技企业、文创项目和特色农业项目提供股权众筹融资服务。平台对项目进行尽职调查和信息披露审核，投资者须通过合格投资者认证，资金由合作银行全程存管。',
    contactPhone: '0558-2795116',
    address: '阜阳市颍州区三清路19号阜阳数字经济产业园3号楼',
    establishedOn: '2018-12-12',
    serviceHours: '周一至周五 8:30-17:30',
  },
];
