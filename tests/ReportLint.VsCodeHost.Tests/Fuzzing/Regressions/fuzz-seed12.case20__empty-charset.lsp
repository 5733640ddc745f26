Content-Length: 499

{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"clientInfo":{"name":"fuzz","version":"1"},"capabilities":{"general":{"positionEncodings":["utf-16"]},"textDocument":{"diagnostic":{"dynamicRegistration":false},"hover":{"contentFormat":["markdown","plaintext"]},"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix"]}}}}},"initializationOptions":{"debounceMilliseconds":0,"settings":{"reportlint":{"language":"vi"}}},"trace":"off"}}Content-Length: 52

{"jsonrpc":"2.0","method":"initialized","params":{}}Content-Length: 572

{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md","languageId":"markdown","version":1,"text":"# Báo cáo kết quả công tác quý III\n\nĐảng bộ huyện có 65 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 44 chi bộ cơ sở.\n\nTrong quý, toàn huyện kết nạp 120 đảng viên mới , đạt 105% kế hoạch; có 86/101 chi bộ đạt 85,2%.\n\n- Tổng các các chỉ tiêu đều đạt và vượt.\n- Công tác kiểm tra, giám sát được tăng cường.\n"}}}Content-Length: 343

{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":47},"end":{"line":4,"character":49}},"text":","},{"range":{"start":{"line":0,"character":2},"end":{"line":0,"character":9}},"text":"Báo cáo tổng hợp"}]}}Content-Length: 291

{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md","version":3},"contentChanges":[{"range":{"start":{"line":7,"character":0},"end":{"line":7,"character":0}},"text":"- Số đảng viên mới tăng 20% so với cùng kỳ.\n"}]}}Content-Length: 139

{"jsonrpc":"2.0","id":2,"method":false,"params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md"},"position":{"line":6,"character":8}}}Content-Length: 499

{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"clientInfo":{"name":"fuzz","version":"1"},"capabilities":{"general":{"positionEncodings":["utf-16"]},"textDocument":{"diagnostic":{"dynamicRegistration":false},"hover":{"contentFormat":["markdown","plaintext"]},"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix"]}}}}},"initializationOptions":{"debounceMilliseconds":0,"settings":{"reportlint":{"language":"vi"}}},"trace":"off"}}Content-Length: 418

{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md"},"range":{"start":{"line":6,"character":7},"end":{"line":6,"character":14}},"context":{"diagnostics":[{"range":{"start":{"line":6,"character":7},"end":{"line":6,"character":14}},"message":"Từ “các” bị gõ lặp.","code":"RL2001","source":"reportlint","severity":2}],"only":["quickfix"]}}}Content-Length: 147
Content-Type: application/vscode-jsonrpc; charset=""

{"jsonrpc":"2.0","id":4,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md"},"previousResultId":null}}Content-Length: 121

{"jsonrpc":"2.0","id":5,"method":"reportlint/wordDocument","params":{"uri":"file:///tmp/reportlint-lsp-fuzz/du-thao.md"}}Content-Length: 62

{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}Content-Length: 64

{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}Content-Length: 113

{"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md"}}}Content-Length: 116

{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"reportlint":{"language":"en"}}}}Content-Length: 114

{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"untitled:du-thao-bao-cao.md"}}}