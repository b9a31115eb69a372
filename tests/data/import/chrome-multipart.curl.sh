curl 'https://shop.example.com/profile' \
  -H 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryAbC123' \
  --data-raw $'------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data; name="display_name"\r\n\r\nAda L.\r\n------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data; name="newsletter"\r\n\r\non\r\n------WebKitFormBoundaryAbC123--\r\n' \
  --compressed
