// The journeys' direct calls to the BFF: what it answers is what the pages must show.

/** POSTs one operation to the BFF (as `token`'s user when given) and returns its data; a GraphQL error throws. */
export async function graphql(baseUrl, query, variables = {}, token = null) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  const body = await response.json()
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`)
  return body.data
}

/** The access token of the session signed in on `page` (Taro keeps the session in localStorage). */
export async function sessionToken(page) {
  const stored = JSON.parse(await page.evaluate(() => window.localStorage.getItem('rongtong.session')))
  return (JSON.parse(stored.data ?? 'null') ?? stored).accessToken
}
