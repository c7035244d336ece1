-- wrk script: POST /api/recommendations?n=20, the 10-rating profiles of $MOVIEREC_BENCH_BODIES (one JSON body a line) in turn.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local pacing = require("pacing")
local bodies = pacing.lines("MOVIEREC_BENCH_BODIES")
local pause = pacing.delay()
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/recommendations?n=20", {["Content-Type"] = "application/json"}, bodies[counter % #bodies + 1])
end
if pause > 0 then delay = function() return pause end end
