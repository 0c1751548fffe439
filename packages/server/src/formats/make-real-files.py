# Writes real files of several formats with Python's standard library only (python3 is on every
# DuPhong machine), for identify-file.int.test.ts. Usage: python3 make-real-files.py DIR
import io, os, struct, sys, zipfile, zlib

out = sys.argv[1]

def write(name, data):
    with open(os.path.join(out, name), 'wb') as f:
        f.write(data)

def png(width=4, height=4, srgb=False):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    raw = b''.join(b'\x00' + b''.join(bytes([x * 60 % 256, y * 60 % 256, 128]) for x in range(width)) for y in range(height))
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + (chunk(b'sRGB', b'\x00') if srgb else b'')
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))

write('scan.png', png())
write('scan-srgb.png', png(srgb=True))
write('looks-like.jpg', png())  # a PNG under a JPEG name

# GIF89a, 1x1, global colour table of two entries, one LZW-coded pixel.
write('icon.gif', b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff'
      b'!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;')

def pdf(version, xmp, padding):
    objects = [b'<< /Type /Catalog /Pages 2 0 R' + (b' /Metadata 4 0 R' if xmp else b'') + b' >>',
               b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
               b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']
    if xmp:
        packet = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
                  '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                  '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
                  '<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>'
                  '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>').encode('utf-8')
        objects.append(b'<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n' % len(packet) + packet + b'\nendstream')
    body = b'%PDF-' + version + b'\n%\xe2\xe3\xcf\xd3\n'
    body += b'%' + b'p' * padding + b'\n'  # a long comment pushes what follows out of the head
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b'%d 0 obj\n' % i + obj + b'\nendobj\n'
    xref = len(body)
    body += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    body += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    body += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return body

write('report.pdf', pdf(b'1.4', False, 10))
write('scan-pdfa.pdf', pdf(b'1.7', True, 200_000))  # the XMP lies in the tail only

def zip_file(name, entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for entry, data, method in entries:
            z.writestr(zipfile.ZipInfo(entry), data, compress_type=method)
    write(name, buf.getvalue())

manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>')
zip_file('minutes.odt', [('mimetype', 'application/vnd.oasis.opendocument.text', zipfile.ZIP_STORED),
                         ('content.xml', '<office:document-content office:version="1.3"/>' * 50, zipfile.ZIP_DEFLATED),
                         ('META-INF/manifest.xml', manifest, zipfile.ZIP_DEFLATED)])

# An XLSX whose parts sit after 200 KB of incompressible media: only the central directory names them.
noise = os.urandom(200_000)
zip_file('budget.xlsx', [('[Content_Types].xml', '<Types/>', zipfile.ZIP_DEFLATED),
                         ('docProps/thumbnail.bin', noise, zipfile.ZIP_STORED),
                         ('xl/workbook.xml', '<workbook/>', zipfile.ZIP_DEFLATED),
                         ('xl/worksheets/sheet1.xml', '<worksheet/>', zipfile.ZIP_DEFLATED)])
write('noise.bin', os.urandom(4096))
