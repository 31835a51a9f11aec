-- Drives the Autonomy language server from Neovim's built-in LSP client
-- (0.7 API, which 0.8-0.11 still have), headless. Run by neovim.test.ts:
--   nvim --headless -n -u NONE -c 'luafile drive-server.lua'
-- Environment: AUTONOMY_WORKSPACE (a copy of the examples), AUTONOMY_SERVER_CMD
-- (the server's command line, tab-separated), AUTONOMY_REPORT_COMMAND (the Lua
-- file docs/editors.md gives for :AutonomyReport), AUTONOMY_OUT (results, JSON).
local ws = os.getenv('AUTONOMY_WORKSPACE')
local results = { errors = {} }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('AUTONOMY_OUT'))
  vim.cmd('qa!')
end

local ok, problem = pcall(function()
  local published = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    published[result.uri] = result.diagnostics
    return publish(err, result, ctx, config)
  end

  local client_id = vim.lsp.start_client({
    name = 'autonomy',
    cmd = vim.split(os.getenv('AUTONOMY_SERVER_CMD'), '\t', { plain = true }),
    root_dir = ws,
    workspace_folders = { { uri = vim.uri_from_fname(ws), name = 'examples' } },
  })
  local function open(name)
    vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. name))
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, client_id)
    return buf, vim.uri_from_bufnr(buf)
  end
  local function request(buf, method, params)
    local answers, err = vim.lsp.buf_request_sync(buf, method, params, 60000)
    if not answers or not answers[client_id] then
      return { error = 'no answer: ' .. tostring(err) }
    end
    return answers[client_id]
  end

  local buf, uri = open('southvale-staff-bank.autonomy')
  vim.wait(60000, function() return published[uri] ~= nil end, 50)
  results.diagnostics = published[uri]

  -- `Holly` in `members Ivy, Holly, Maple`: a practice declared in the imported register.
  local line, character
  for i, text in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local at = text:find('members Ivy, Holly', 1, true)
    if at then
      line, character = i - 1, text:find('Holly', at, true) - 1
      break
    end
  end
  local position = { textDocument = { uri = uri }, position = { line = line, character = character } }
  results.hover = request(buf, 'textDocument/hover', position)
  results.definition = request(buf, 'textDocument/definition', position)
  results.rename = request(buf, 'textDocument/rename', vim.tbl_extend('force', position, { newName = 'HollyTree' }))

  local messy, messy_uri = open('messy.autonomy')
  local formatting = request(messy, 'textDocument/formatting', {
    textDocument = { uri = messy_uri }, options = { tabSize = 4, insertSpaces = true },
  })
  results.formatting = formatting
  if formatting.result then
    vim.lsp.util.apply_text_edits(formatting.result, messy, 'utf-16')
  end
  results.formatted = table.concat(vim.api.nvim_buf_get_lines(messy, 0, -1, false), '\n')

  -- The :AutonomyReport command exactly as docs/editors.md gives it.
  local html = os.getenv('AUTONOMY_OUT') .. '.html'
  -- Instead of a browser: copy the page the command writes to where the test looks.
  vim.g.autonomy_open = { 'sh', '-c', 'cp "$2" "$1"', 'sh', html }
  dofile(os.getenv('AUTONOMY_REPORT_COMMAND'))
  vim.api.nvim_set_current_buf(buf)
  vim.cmd('AutonomyReport')
  vim.wait(60000, function() return vim.fn.filereadable(html) == 1 and vim.fn.getfsize(html) > 0 end, 100)
  results.report_bytes = vim.fn.getfsize(html)

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then
  table.insert(results.errors, tostring(problem))
end
finish()
