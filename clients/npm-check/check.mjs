// Drives a running user-svc through the published @1backend/client npm package, unchanged.
//
//   node check.mjs <baseUrl> <adminSlug> <adminPassword>
//
// One line per step ("ok   <step>" or "FAIL <step>: <why>"), then "N passed, M failed".
// Exit code 0 only when every step passed.
import { Configuration, UserSvcApi, ResponseError } from "@1backend/client";
import { randomBytes } from "node:crypto";

const [baseUrl, adminSlug, adminPassword] = process.argv.slice(2);
if (!baseUrl || !adminSlug || !adminPassword) {
  console.error("usage: node check.mjs <baseUrl> <adminSlug> <adminPassword>");
  process.exit(2);
}
const basePath = baseUrl.replace(/\/+$/, "");

// ---------------------------------------------------------------- helpers

let passed = 0;
let failed = 0;

async function step(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${await describe(e)}`);
  }
}

async function describe(e) {
  if (e instanceof ResponseError) {
    let body = "";
    try {
      body = (await e.response.clone().text()).slice(0, 200);
    } catch {
      /* body already consumed */
    }
    return `HTTP ${e.response.status} ${e.response.url} ${body}`;
  }
  if (e && e.name === "FetchError") {
    return `fetch failed: ${e.cause?.message ?? e.message}`;
  }
  return e?.stack?.split("\n").slice(0, 2).join(" | ") ?? String(e);
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

function eq(actual, expected, what) {
  assert(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Runs fn and expects the client to throw a ResponseError with the given status. */
async function expectStatus(status, fn) {
  let result;
  try {
    result = await fn();
  } catch (e) {
    if (e instanceof ResponseError) {
      eq(e.response.status, status, "HTTP status");
      const ct = e.response.headers.get("content-type") ?? "";
      assert(ct.includes("application/json"), `error content-type is ${ct}`);
      const body = await e.response.json();
      assert(typeof body.error === "string" && body.error.length > 0, `error body ${JSON.stringify(body)}`);
      return;
    }
    throw e;
  }
  throw new Error(`expected HTTP ${status}, call succeeded with ${JSON.stringify(result)}`);
}

/** The client's standard way to authenticate: the apiKey of its Configuration. */
function api(token) {
  return new UserSvcApi(new Configuration(token ? { basePath, apiKey: `Bearer ${token}` } : { basePath }));
}

/**
 * In @1backend/client 0.9.18 refreshToken() and exchangeToken() declare no security scheme, so they ignore
 * the Configuration's apiKey. The client's other Configuration option for this, `headers`, sends the token.
 */
function apiWithHeader(token) {
  return new UserSvcApi(new Configuration({ basePath, headers: { Authorization: `Bearer ${token}` } }));
}

function claims(jwt) {
  assert(typeof jwt === "string" && jwt.split(".").length === 3, `not a JWT: ${JSON.stringify(jwt)}`);
  const [header, payload] = jwt.split(".").slice(0, 2).map((p) => JSON.parse(Buffer.from(p, "base64url").toString("utf8")));
  return { header, payload };
}

function checkToken(token, what) {
  assert(token && typeof token === "object", `${what}: no token object`);
  for (const k of ["id", "appId", "userId", "token", "device", "createdAt", "updatedAt", "expiresAt"]) {
    assert(token[k] !== undefined && token[k] !== null, `${what}: token.${k} missing`);
  }
  assert(!Number.isNaN(Date.parse(token.expiresAt)), `${what}: expiresAt ${token.expiresAt} not a date`);
  const { header, payload } = claims(token.token);
  eq(header.alg, "RS256", `${what}: alg`);
  assert(header.kid, `${what}: no kid`);
  return payload;
}

const rand = () => randomBytes(5).toString("hex");
const run = rand();
const appHost = `npm-check-${run}.example.test`;
const slug = `npm-check-${run}`;
let password = `pw-${rand()}-${rand()}`;

// ---------------------------------------------------------------- state shared by the steps

let userToken; // JWT string of the registered user
let userId;
let adminToken;
let exchangedAppId;
let exchangedAppHost = `npm-check-exchanged-${run}.example.test`;
let otherId;
const otherSlug = `npm-check-other-${run}`;
let otherPassword = `pw-${rand()}-${rand()}`;
let otherToken;

// ---------------------------------------------------------------- steps

await step("getPublicKey", async () => {
  const res = await api().getPublicKey();
  assert(typeof res.publicKey === "string" && res.publicKey.includes("BEGIN PUBLIC KEY"), "no PEM public key");
});

await step("register", async () => {
  const res = await api().register({ body: { appHost, slug, name: "Npm Check", password } });
  const c = checkToken(res.token, "register");
  eq(c.olu, slug, "claim olu");
  assert(typeof c.oui === "string" && c.oui.startsWith("usr"), `claim oui ${c.oui}`);
  assert(Array.isArray(c.oro) && c.oro.includes("user-svc:user"), `claim oro ${JSON.stringify(c.oro)}`);
  eq(res.token.userId, c.oui, "token.userId vs oui");
  userToken = res.token.token;
  userId = c.oui;
});

await step("register duplicate slug -> 409", async () => {
  await expectStatus(409, () => api().register({ body: { appHost, slug, password: `pw-${rand()}-x` } }));
});

await step("login", async () => {
  const res = await api().login({ body: { appHost, slug, password } });
  const c = checkToken(res.token, "login");
  eq(c.oui, userId, "claim oui");
  userToken = res.token.token;
});

await step("readSelf countTokens", async () => {
  const res = await api(userToken).readSelf({ body: { countTokens: true } });
  eq(res.user?.id, userId, "user.id");
  eq(res.user?.slug, slug, "user.slug");
  assert(Number.isInteger(res.tokenCount) && res.tokenCount >= 1, `tokenCount ${res.tokenCount}`);
  assert(Array.isArray(res.roles) && res.roles.includes("user-svc:user"), `roles ${JSON.stringify(res.roles)}`);
});

await step("saveSelf name+labels, readSelf sees them", async () => {
  const res = await api(userToken).saveSelf({ body: { name: "Renamed Check", labels: { team: "npm", run } } });
  assert(res && typeof res === "object", `saveSelf returned ${JSON.stringify(res)}`);
  const self = await api(userToken).readSelf();
  eq(self.user?.name, "Renamed Check", "user.name");
  eq(self.user?.labels?.team, "npm", "labels.team");
  eq(self.user?.labels?.run, run, "labels.run");
});

await step("hasPermission user-svc:user:password-change -> true", async () => {
  const res = await api(userToken).hasPermission({ permission: "user-svc:user:password-change" });
  eq(res.authorized, true, "authorized");
  eq(res.user?.id, userId, "user.id");
  assert(res.app && typeof res.app.host === "string", `app ${JSON.stringify(res.app)}`);
  assert(typeof res.appId === "string" && res.appId.length > 0, `appId ${res.appId}`);
});

await step("hasPermission user-svc:user:view -> false", async () => {
  const res = await api(userToken).hasPermission({ permission: "user-svc:user:view" });
  eq(res.authorized, false, "authorized");
});

await step("refreshToken via apiKey only (0.9.18 sends no token) -> 401", async () => {
  await expectStatus(401, () => api(userToken).refreshToken());
});

await step("exchangeToken into a new app host", async () => {
  const res = await apiWithHeader(userToken).exchangeToken({ body: { newAppHost: exchangedAppHost } });
  const c = checkToken(res.token, "exchange");
  eq(c.oui, userId, "claim oui");
  const before = claims(userToken).payload;
  assert(c.oai && c.oai !== before.oai, `oai not changed: ${before.oai} -> ${c.oai}`);
  eq(res.token.appId, c.oai, "token.appId vs oai");
  exchangedAppId = c.oai;
});

await step("refreshToken", async () => {
  const before = claims(userToken).payload;
  const res = await apiWithHeader(userToken).refreshToken();
  const c = checkToken(res.token, "refresh");
  eq(c.oui, userId, "claim oui");
  eq(c.oai, before.oai, "claim oai");
  assert(c.jti !== before.jti, "refresh returned the same jti");
  userToken = res.token.token;
  await api(userToken).readSelf();
});

await step("changePassword, login with the new one", async () => {
  const newPassword = `pw-${rand()}-${rand()}`;
  const res = await api(userToken).changePassword({ body: { currentPassword: password, newPassword } });
  assert(res && typeof res === "object", `changePassword returned ${JSON.stringify(res)}`);
  await expectStatus(401, () => api().login({ body: { appHost, slug, password } }));
  password = newPassword;
  const login = await api().login({ body: { appHost, slug, password } });
  userToken = login.token.token;
  checkToken(login.token, "login after change");
});

await step("readApp by host", async () => {
  const res = await api(userToken).readApp({ body: { host: exchangedAppHost } });
  eq(res.app?.host, exchangedAppHost, "app.host");
  eq(res.app?.id, exchangedAppId, "app.id");
});

await step("listApps filtered by host", async () => {
  const res = await api(userToken).listApps({ body: { host: [exchangedAppHost, appHost] } });
  assert(Array.isArray(res.apps), "apps not an array");
  const hosts = res.apps.map((a) => a.host).sort();
  eq(JSON.stringify(hosts), JSON.stringify([appHost, exchangedAppHost].sort()), "hosts");
  eq(res.apps.find((a) => a.host === exchangedAppHost)?.id, exchangedAppId, "exchanged app id");
});

await step("listUsers as a normal user -> 403", async () => {
  await expectStatus(403, () => api(userToken).listUsers({ body: { search: slug } }));
});

// ------------------------------------------------ as admin

await step("admin login", async () => {
  const res = await api().login({ body: { appHost, slug: adminSlug, password: adminPassword } });
  const c = checkToken(res.token, "admin login");
  eq(c.olu, adminSlug, "claim olu");
  assert(Array.isArray(c.oro) && c.oro.includes("user-svc:admin"), `admin roles ${JSON.stringify(c.oro)}`);
  adminToken = res.token.token;
});

await step("listUsers search by slug", async () => {
  const res = await api(adminToken).listUsers({ body: { search: slug, count: true } });
  assert(Array.isArray(res.users), `users ${JSON.stringify(res.users)}`);
  const me = res.users.find((u) => u.id === userId);
  assert(me, `registered user not found among ${res.users.map((u) => u.slug).join(",")}`);
  eq(me.slug, slug, "slug");
  eq(me.name, "Renamed Check", "name");
  assert(Number.isInteger(res.count) && res.count >= 1, `count ${res.count}`);
});

await step("listUsers with no body", async () => {
  const res = await api(adminToken).listUsers();
  assert(Array.isArray(res.users) && res.users.length >= 2, `users ${JSON.stringify(res.users)}`);
});

await step("createUser", async () => {
  const res = await api(adminToken).createUser({
    body: { appHost, user: { slug: otherSlug, name: "Other Check" }, password: otherPassword },
  });
  assert(res && typeof res === "object", `createUser returned ${JSON.stringify(res)}`);
  const list = await api(adminToken).listUsers({ body: { search: otherSlug } });
  const u = list.users?.find((x) => x.slug === otherSlug);
  assert(u, "created user not listed");
  otherId = u.id;
  const login = await api().login({ body: { appHost, slug: otherSlug, password: otherPassword } });
  otherToken = login.token.token;
});

await step("saveUser", async () => {
  const res = await api(adminToken).saveUser({ userId: otherId, body: { name: "Other Renamed" } });
  assert(res && typeof res === "object", `saveUser returned ${JSON.stringify(res)}`);
  const self = await api(otherToken).readSelf();
  eq(self.user?.name, "Other Renamed", "user.name");
});

await step("resetPassword, login as that user", async () => {
  const newPassword = `pw-${rand()}-${rand()}`;
  const res = await api(adminToken).resetPassword({ userId: otherId, body: { newPassword } });
  assert(res && typeof res === "object", `resetPassword returned ${JSON.stringify(res)}`);
  await expectStatus(401, () => api().login({ body: { appHost, slug: otherSlug, password: otherPassword } }));
  otherPassword = newPassword;
  const login = await api().login({ body: { appHost, slug: otherSlug, password: otherPassword } });
  otherToken = login.token.token;
  eq(claims(otherToken).payload.oui, otherId, "claim oui");
});

await step("updateApp", async () => {
  const newHost = `npm-check-moved-${run}.example.test`;
  const res = await api(adminToken).updateApp({ body: { id: exchangedAppId, newHost } });
  assert(res && typeof res === "object", `updateApp returned ${JSON.stringify(res)}`);
  const read = await api(adminToken).readApp({ body: { host: newHost } });
  eq(read.app?.id, exchangedAppId, "app.id under the new host");
  exchangedAppHost = newHost;
});

await step("revokeTokens for a user, then their readSelf -> 401", async () => {
  await api(otherToken).readSelf();
  const res = await api(adminToken).revokeTokens({ body: { userId: otherId } });
  assert(res && typeof res === "object", `revokeTokens returned ${JSON.stringify(res)}`);
  await expectStatus(401, () => api(otherToken).readSelf());
});

await step("deleteUser, then their new token -> 401", async () => {
  const login = await api().login({ body: { appHost, slug: otherSlug, password: otherPassword } });
  otherToken = login.token.token;
  await api(otherToken).readSelf();
  const res = await api(adminToken).deleteUser({ userId: otherId });
  assert(res && typeof res === "object", `deleteUser returned ${JSON.stringify(res)}`);
  await expectStatus(401, () => api(otherToken).readSelf());
  const list = await api(adminToken).listUsers({ body: { search: otherSlug } });
  assert(!(list.users ?? []).some((u) => u.id === otherId), "deleted user still listed");
});

await step("revokeTokens own (no userId), then readSelf -> 401", async () => {
  await api(userToken).revokeTokens({ body: {} });
  await expectStatus(401, () => api(userToken).readSelf());
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
