#!/bin/sh
# Writes the self-signed certificate and key the AI tests' local HTTPS server
# uses (tests/ai/LocalAiServer, TLS mode): RSA 2048, for 127.0.0.1 and
# localhost, valid for 100 years. Test material only: the key is public.
#   sh tests/data/tls/make_cert.sh
set -eu
cd "$(dirname "$0")"
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 36500 \
  -subj "/CN=Kestrel test server" \
  -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
  -keyout server.key -out server.crt
