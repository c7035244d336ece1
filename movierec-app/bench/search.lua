-- wrk script: search as you type, GET /api/movies?q= with growing prefixes of a few titles.
local queries = {"t", "to", "toy", "toy s", "ma", "mat", "matri", "st", "star", "star w", "lo", "lord", "lord of"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/movies?size=10&q=" .. queries[counter % #queries + 1]:gsub(" ", "%%20"))
end
