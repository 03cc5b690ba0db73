-- wrk script: POST with an empty JSON body and a bearer token from the BENCH_TOKEN environment variable.
-- Counts non-2xx answers so run.sh can refuse a run that measured errors instead of work.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
wrk.method = "POST"
wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
