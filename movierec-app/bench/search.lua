-- wrk script: search as you type, GET /api/movies?size=10&q= with the growing title prefixes of $MOVIEREC_BENCH_QUERIES in turn.
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local pacing = require("pacing")
local queries = pacing.lines("MOVIEREC_BENCH_QUERIES")
local pause = pacing.delay()
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/movies?size=10&q=" .. queries[counter % #queries + 1]:gsub(" ", "%%20"))
end
if pause > 0 then delay = function() return pause end end
