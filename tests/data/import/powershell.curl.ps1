curl.exe -X PUT `
  -H "Content-Type: application/json" `
  -d '{"enabled": true, "name": "it''s"}' `
  "https://api.example.com/v1/flags/beta"
