#!/usr/bin/python3
"""Rewrites an OpenType font's cubic (CFF) outlines as TrueType quadratic (glyf) outlines.

usage: cff_to_glyf.py IN_FONT OUT_FONT

Dear ImGui rasterises the fonts with stb_truetype, which reads a CFF glyph by interpreting its
charstring program every time it draws it; TrueType outlines are plain points. Inter comes from
Debian only with CFF outlines, and building the font atlas was the largest part of the app's start
(cmake/web.cmake runs this on the subset fonts). A font that already has TrueType outlines is
copied as it is.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# How far (in font units; Inter has 2816 to the em) a quadratic approximation may stray from the
# cubic curve: at the app's largest text (21 px at a pixel ratio of 2) a font unit is 0.015 px.
MAX_ERROR = 1.0


def convert(source, target):
    font = TTFont(source)
    if "CFF " not in font:
        font.save(target)
        return
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        # CFF draws outer contours counter-clockwise, TrueType clockwise.
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()

    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]  # version 0.5 for CFF: TrueType's needs the outline limits (recalculated on save)
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxPoints",
                  "maxContours", "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
