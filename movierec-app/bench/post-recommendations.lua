-- wrk script: POST /api/recommendations?n=20 with 10-rating profiles of ml-latest-small movies, three tastes in turn.
local profiles = {
  {260, 1196, 1210, 2571, 1240, 1200, 589, 1214, 541, 1320},   -- science fiction
  {1088, 597, 539, 1721, 7293, 2424, 4246, 6942, 4447, 69406},  -- romance
  {1, 2355, 3114, 4886, 6377, 8961, 50872, 60069, 68954, 78499} -- animation
}
local bodies = {}
for i, ids in ipairs(profiles) do
  local parts = {}
  for j, id in ipairs(ids) do
    parts[j] = string.format('{"movieId":%d,"rating":%.1f}', id, 5 - (j % 3) * 0.5)
  end
  bodies[i] = '{"ratings":[' .. table.concat(parts, ",") .. ']}'
end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  return wrk.format("POST", "/api/recommendations?n=20", nil, bodies[counter % #bodies + 1])
end
