"""Test PDFs for scan quality control, from one source PDF: a copy that needs a password to open,
one that opens but is encrypted with an owner password (restricted), and one carrying a real
detached CMS signature (self-signed certificate made with openssl; pdfsig accepts it).

usage: python3 make-test-pdfs.py SOURCE.pdf ENCRYPTED.pdf RESTRICTED.pdf SIGNED.pdf WORKDIR
"""
import subprocess
import sys

import pikepdf

source, encrypted, restricted, signed, work = sys.argv[1:6]

with pikepdf.open(source) as pdf:
    pdf.save(encrypted, encryption=pikepdf.Encryption(user="mat-khau", owner="chu-so-huu", R=6))
    pdf.save(restricted, encryption=pikepdf.Encryption(user="", owner="chu-so-huu", R=6, allow=pikepdf.Permissions(extract=False)))

PLACEHOLDER = 9999999999
CONTENTS_HEX = 16384
with pikepdf.open(source) as pdf:
    sig = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Sig, Filter=pikepdf.Name("/Adobe.PPKLite"), SubFilter=pikepdf.Name("/adbe.pkcs7.detached"),
        ByteRange=pikepdf.Array([0, PLACEHOLDER, PLACEHOLDER, PLACEHOLDER]),
        Contents=pikepdf.String(b"\0" * (CONTENTS_HEX // 2)), M=pikepdf.String("D:20261204120000+07'00'")))
    field = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig, T=pikepdf.String("Chữ ký"),
        V=sig, Rect=pikepdf.Array([0, 0, 0, 0]), F=132, P=pdf.pages[0].obj))
    pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([field]))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]), SigFlags=3)
    pdf.save(signed, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)

data = bytearray(open(signed, "rb").read())
start = data.index(b"/Contents <") + len(b"/Contents ")
end = data.index(b">", start) + 1
br_at = data.index(b"/ByteRange [")
br_end = data.index(b"]", br_at) + 1
ranges = f"/ByteRange [ 0 {start} {end} {len(data) - end} ]".encode()
data[br_at:br_end] = ranges.ljust(br_end - br_at)
signed_bytes = bytes(data[:start] + data[end:])
open(f"{work}/tbs.bin", "wb").write(signed_bytes)
subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=DuPhong test",
                "-keyout", f"{work}/key.pem", "-out", f"{work}/cert.pem"], check=True, capture_output=True)
subprocess.run(["openssl", "cms", "-sign", "-binary", "-outform", "DER", "-in", f"{work}/tbs.bin", "-signer", f"{work}/cert.pem",
                "-inkey", f"{work}/key.pem", "-out", f"{work}/sig.der"], check=True, capture_output=True)
der = open(f"{work}/sig.der", "rb").read().hex().encode()
assert len(der) <= CONTENTS_HEX
data[start:end] = b"<" + der.ljust(CONTENTS_HEX, b"0") + b">"
open(signed, "wb").write(data)
