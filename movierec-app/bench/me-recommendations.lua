-- wrk script: GET /api/me/recommendations?n=20 in the signed-in session whose cookie is $MOVIEREC_BENCH_COOKIE.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local pacing = require("pacing")
local cookie = os.getenv("MOVIEREC_BENCH_COOKIE") or error("MOVIEREC_BENCH_COOKIE is not set (run the scripts through run.sh)")
local pause = pacing.delay()
request = function()
  return wrk.format("GET", "/api/me/recommendations?n=20", {["Cookie"] = cookie})
end
if pause > 0 then delay = function() return pause end end
