/**
 * Engine URLs as care may print them (docs/sql.md, "Credentials"): the password — in the user
 * part (`postgres://user:secret@host/db`) or a `password=` parameter — is removed from the URL
 * shown in messages and JSON, and from any message a driver returns.
 */

const USER_INFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
const PASSWORD_PARAM = /([?&](?:password|pass)=)[^&#]*/gi;

/** The URL without its password: `postgres://care@db:5432/shop`. */
export function displayUrl(url: string): string {
  return url
    .replace(USER_INFO, (_match, scheme: string, userInfo: string) => `${scheme}${userInfo.split(':')[0]}@`)
    .replace(PASSWORD_PARAM, '$1***');
}

/** The secrets a URL carries, as written and percent-decoded. */
function secretsOf(url: string): string[] {
  const found: string[] = [];
  const userInfo = USER_INFO.exec(url)?.[2];
  const colon = userInfo?.indexOf(':') ?? -1;
  if (userInfo !== undefined && colon !== -1) found.push(userInfo.slice(colon + 1));
  for (const match of url.matchAll(/[?&](?:password|pass)=([^&#]*)/gi)) found.push(match[1]!);
  const decoded = found.map((secret) => {
    try {
      return decodeURIComponent(secret);
    } catch {
      return secret;
    }
  });
  return [...new Set([...found, ...decoded])].filter((secret) => secret !== '');
}

/** A message with the URL's password (and the environment's PGPASSWORD) replaced by ***. */
export function scrubSecrets(url: string, message: string, env: Record<string, string | undefined> = process.env): string {
  let out = message.split(url).join(displayUrl(url));
  const secrets = secretsOf(url);
  const fromEnv = env['PGPASSWORD'];
  if (fromEnv !== undefined && fromEnv !== '') secrets.push(fromEnv);
  for (const secret of secrets.sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}
