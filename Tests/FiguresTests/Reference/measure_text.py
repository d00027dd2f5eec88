# Advance widths of the lessons' titles and labels in Liberation Sans (Helvetica/Arial
# metrics, what rsvg-convert and Chromium render the charts' font stack with here),
# against the TextMetrics table before calibration. Run:
#   python3 measure_text.py /usr/share/fonts/truetype/liberation/LiberationSans-{Regular,Bold}.ttf
# Output (ratio table / actual, per text):
#   regular 1.21 1.28 1.22 1.22 1.22 1.24 1.15 1.18 1.23 1.24 1.20
#   bold 1.25 1.26 1.23 1.25 1.24 1.36 1.27 1.28 1.24 1.26 1.27
from PIL import ImageFont
import sys
reg=ImageFont.truetype(sys.argv[1],100); bold=ImageFont.truetype(sys.argv[2],100)
def adv(c):
    if c in "ilj.,:;'!| ": return .32
    if c in "()[]-/ftr": return .42
    if c in "mwMW": return .98
    if c in "\u2212×+=<>±≤≥_": return .84
    if c.isdigit(): return .64
    if 'A'<=c<='Z': return .76
    return .64
texts=["Lasso (L1) path: weights reach exactly 0.0 one by one as α grows","coefficient","α (log scale; penalty strength grows to the right)","Test MSE against λ: penalizing the bias costs accuracy at almost every λ","bias not penalized (weights only)","−0.5","10","x14 (40.1)","Ridge coefficients against λ: every weight shrinks toward 0","residual r = prediction − target","Smooth L1 (β = 1.0)"]
for f,b in ((reg,1.0),(bold,1.1)):
    rs=[]
    for t in texts:
        est=sum(adv(c) for c in t)*100*b
        act=f.getlength(t)
        rs.append(est/act)
    print("bold" if b>1 else "regular", " ".join(f"{r:.2f}" for r in rs))
