# The oracle of QRCodeTests: python-qrcode 8.2 (PyPI "qrcode") encodes the same texts in byte mode at level M with each
# fixed mask; its module matrices are compared with ours. Run from the repository root: python3 Tests/ArvioReportsTests/QR/generate.py
import json, qrcode
from qrcode.util import QRData, MODE_8BIT_BYTE as MODE_8BIT
cases = [
    ("http://127.0.0.1:8080/palaute/etavastaanotto-vahva-tunnistus", None),
    ("https://arvio.example.fi/palaute/chat?yksikko=Rovaniemi&lang=en", None),
    ("a", None),
    ("https://arvio.example.fi/palaute/suojattu-viestinvalitys?yksikko=Yksikk%C3%B6%20A&lang=en&x=" + "z" * 120, None),
    ("Hyvä palaute – äö", None),
    ("https://arvio.example.fi/palaute/" + "v" * 77, None),
    ("https://arvio.example.fi/palaute/" + "w" * 107, None),
    ("https://arvio.example.fi/palaute/" + "x" * 140, None),
]
out = []
for text, _ in cases:
    for mask in range(8):
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, mask_pattern=mask, border=0)
        qr.add_data(QRData(text.encode("utf-8"), mode=MODE_8BIT), optimize=0)
        qr.make(fit=True)
        rows = ["".join("1" if c else "0" for c in row) for row in qr.modules]
        out.append({"text": text, "mask": mask, "version": qr.version, "rows": rows})
with open("Tests/ArvioReportsTests/QR/python-qrcode.json", "w") as f:
    json.dump(out, f, indent=0)
print(len(out), sorted(set(o["version"] for o in out)))
