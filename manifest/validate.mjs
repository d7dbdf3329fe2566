// Validate a Teams app manifest (and its localization files) offline.
//
//   node manifest/validate.mjs path/to/manifest.json [path/to/en.json ...]
//
// The schemas come from @microsoft/app-manifest, which bundles every Teams schema version. Its
// own AppManifestUtils.validateAgainstSchema cannot be loaded here (it requires fs-extra, which
// the package lists only as a devDependency) and would fetch unbundled schemas over the network,
// so this does the same thing directly: ajv-draft-04 with the formats it enables (uri, email,
// regex), both installed as dependencies of app-manifest. Nothing is ever fetched.
// Exit codes: 0 valid, 1 invalid (or schema not bundled), 2 usage error.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Resolve ajv through app-manifest so we get the versions it was built and tested with.
const require = createRequire(import.meta.url);
const manifestPkg = require.resolve("@microsoft/app-manifest");
const fromPkg = createRequire(manifestPkg);
const Ajv = fromPkg("ajv-draft-04");
const addFormats = fromPkg("ajv-formats");
const schemaRoot = path.join(path.dirname(manifestPkg), "json-schemas");

// https://developer.microsoft.com/[en-us/]json-schemas/teams/v1.30/MicrosoftTeams.schema.json
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/(teams\/v(\d+\.\d+)\/MicrosoftTeams(?:\.Localization)?\.schema\.json)$/i;

function bundledSchema(doc) {
  const match = SCHEMA_URL.exec(doc.$schema ?? "");
  if (!match) throw new Error(`$schema is not a Teams schema URL: ${JSON.stringify(doc.$schema)}`);
  const [, suffix, version] = match;
  // A manifest's declared version must be the one its $schema points at.
  if (doc.manifestVersion !== undefined && doc.manifestVersion !== version) {
    throw new Error(`manifestVersion ${doc.manifestVersion} does not match $schema v${version}`);
  }
  const file = path.join(schemaRoot, suffix);
  if (!existsSync(file)) throw new Error(`schema v${version} is not bundled in @microsoft/app-manifest`);
  // Same clean-up app-manifest applies: some schemas contain \a and \v escapes JSON lacks.
  return JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
}

function validate(doc) {
  // unicodeRegExp off: the schemas' patterns are plain JS regexes, and one in the v1.30
  // localization schema (`\b]`) is a syntax error under the `u` flag ajv uses by default.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const check = ajv.compile(bundledSchema(doc));
  if (check(doc)) return [];
  return check.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node manifest/validate.mjs manifest.json [localization.json ...]");
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let errors;
  try {
    errors = validate(JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, "")));
  } catch (err) {
    errors = [err.message];
  }
  failed ||= errors.length > 0;
  for (const error of errors) console.error(`${file}: ${error}`);
  if (errors.length === 0) console.log(`${file}: valid`);
}
process.exit(failed ? 1 : 0);
