-- Shared by the wrk scripts: reads one-per-line lines of a file, and paces each connection.
local M = {}

-- The non-empty lines of the file named by the environment variable.
function M.lines(variable)
  local path = os.getenv(variable) or error(variable .. " is not set (run the scripts through run.sh)")
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  if #out == 0 then error(path .. " is empty") end
  return out
end

-- Milliseconds each connection waits before its next request ($MOVIEREC_BENCH_DELAY_MS; 0: none).
function M.delay()
  return tonumber(os.getenv("MOVIEREC_BENCH_DELAY_MS") or "0")
end

return M
