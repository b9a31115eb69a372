# From a README: several commands, one per line
curl -sSL -u admin:s3cret --digest https://api.example.com/v1/status
curl -XPOST -F 'file=@report.pdf;type=application/pdf' -F name=Q3 https://api.example.com/v1/upload
curl -G --data-urlencode 'q=a b&c' -k -x http://proxy.local:3128 https://api.example.com/v1/find
curl -I -L --max-redirs 3 http://example.com/old
