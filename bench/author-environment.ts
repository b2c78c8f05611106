/** The environment of the commands the bench runs, as an author's shell would give it. */

/**
 * The environment of a command run as an author runs it: this process's environment without
 * what `npm run bench` itself added (`npm_*` settings, `INIT_CWD`), which would otherwise reach
 * the project's own npm as its configuration, plus `extra`.
 */
export function authorEnvironment(
  environment: NodeJS.ProcessEnv,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (value !== undefined && !/^npm_/i.test(key) && key !== "INIT_CWD") env[key] = value;
  }
  return { ...env, ...extra };
}
