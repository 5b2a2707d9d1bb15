#pragma once

// A piece of an atlas texture drawn over the frame, one texel a device pixel:
// a run of narrow boxes (RunAtlas) or a label (LabelPieces). The OpenGL
// renderer uploads these as the instances of one draw per atlas.
struct AtlasQuad
{
    float x, y, w, h;   // in the frame, logical pixels
    float u, v, uw, vh; // in the atlas, texels
};
