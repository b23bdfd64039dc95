#pragma once
// Draws ImGui's frames with WebGL2: a renderer backend in the shape of ImGui's own
// (Init / CreateFontsTexture / Render), written for the one context this app draws on.
//
// Why not ImGui's OpenGL3 backend: it is written for a GL context it shares with other code, so
// it reads back GL state before each frame and restores it after (about fifteen glGet calls; in
// Chromium some are round trips to the GPU process that wait for its queued work, ~95 ms in the
// first frame and ~1.6 ms in every later one), and it uploads the font atlas as RGBA (4 bytes a
// pixel, converted on the CPU). This app owns the context, so state is set, not saved; the atlas
// is one byte a pixel (an R8 texture whose red channel the shader reads as coverage).
//
// The only textures drawn are font atlases: anything given as an ImTextureID must be such a
// single-channel texture.
struct ImDrawData;

namespace accord::ui::gl_renderer {

// Starts compiling the shaders and makes the buffers; the GL context must be current. Whether the
// shaders compiled is asked at the first render, so the GPU process compiles them meanwhile (asking
// waits for it). A frame is not drawn when they did not; the reason is printed once.
void init();
// (Re)makes the font texture from ImGui's atlas, then frees the atlas's CPU copy of the pixels.
void upload_font_atlas();
// Draws a frame over what the framebuffer holds (the runner clears it first). Leaves the scissor
// test off, so the next clear covers the whole canvas.
void render(const ImDrawData& frame, int framebuffer_width, int framebuffer_height);

}  // namespace accord::ui::gl_renderer
