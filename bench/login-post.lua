-- wrk script: POST /user-svc/login with a VALID password (failures are throttled per address; never send a wrong one).
local app = os.getenv("BENCH_APP_HOST") or error("BENCH_APP_HOST is not set")
local slug = os.getenv("BENCH_SLUG") or error("BENCH_SLUG is not set")
local password = os.getenv("BENCH_PASSWORD") or error("BENCH_PASSWORD is not set")
wrk.method = "POST"
wrk.body = string.format('{"appHost":"%s","slug":"%s","password":"%s"}', app, slug, password)
wrk.headers["Content-Type"] = "application/json"
