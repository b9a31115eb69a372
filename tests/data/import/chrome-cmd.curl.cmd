curl ^"https://shop.example.com/api/search?q=red^%^20shoes^&page=2^" ^
  -H ^"accept: application/json^" ^
  -H ^"accept-language: en-GB,en;q=0.9^" ^
  -b ^"session=abc123; theme=dark^" ^
  -H ^"content-type: application/x-www-form-urlencoded; charset=UTF-8^" ^
  -H ^"sec-ch-ua: ^\^"Chromium^\^";v=^\^"128^\^"^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36^" ^
  --data-raw ^"filter=color^%^3Dred^&sort=price^"
