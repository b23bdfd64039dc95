#include "ui/gl_renderer.hpp"

#define GLFW_INCLUDE_ES3
#include <GLFW/glfw3.h>

#include <cstdint>
#include <cstdio>
#include <initializer_list>

#include "imgui.h"

namespace accord::ui::gl_renderer {
namespace {

// Attribute locations are bound before linking instead of asked for afterwards.
enum Attribute : GLuint { kPosition = 0, kUV = 1, kColor = 2 };

// Positions arrive in ImGui's display coordinates (pixels, y down); clip space is -1..1, y up.
constexpr const char* kVertexShader = R"(#version 300 es
uniform vec2 u_scale;
uniform vec2 u_offset;
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
out highp vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = vec4(a_position * u_scale + u_offset, 0.0, 1.0);
}
)";

// The texture is a font atlas: one channel of coverage, white glyphs tinted by the vertex colour.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in highp vec2 v_uv;
in vec4 v_color;
out vec4 o_color;
void main() {
    o_color = vec4(v_color.rgb, v_color.a * texture(u_texture, v_uv).r);
}
)";

struct Renderer {
    GLuint program = 0, vertex_shader = 0, fragment_shader = 0;
    GLuint vertex_array = 0, vertices = 0, indices = 0;
    GLuint font_texture = 0;
    GLint scale = -1, offset = -1;  // uniform locations, known once the program has linked
    bool checked = false;           // the link status has been asked for
    bool usable = false;            // ... and the program linked
};

Renderer g;

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

void print_log(const char* what, GLuint object, bool program) {
    char log[1024] = "";
    if (program)
        glGetProgramInfoLog(object, sizeof log, nullptr, log);
    else
        glGetShaderInfoLog(object, sizeof log, nullptr, log);
    std::fprintf(stderr, "accord: the %s did not compile: %s\n", what, log);
}

// The first render asks whether the program linked (and, if not, why).
bool ready() {
    if (g.checked) return g.usable;
    g.checked = true;
    GLint linked = GL_FALSE;
    glGetProgramiv(g.program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        GLint compiled = GL_FALSE;
        glGetShaderiv(g.vertex_shader, GL_COMPILE_STATUS, &compiled);
        if (compiled != GL_TRUE) print_log("vertex shader", g.vertex_shader, false);
        glGetShaderiv(g.fragment_shader, GL_COMPILE_STATUS, &compiled);
        if (compiled != GL_TRUE) print_log("fragment shader", g.fragment_shader, false);
        print_log("shader program", g.program, true);
        return false;
    }
    glUseProgram(g.program);
    glUniform1i(glGetUniformLocation(g.program, "u_texture"), 0);
    g.scale = glGetUniformLocation(g.program, "u_scale");
    g.offset = glGetUniformLocation(g.program, "u_offset");
    g.usable = true;
    return true;
}

// Points the attributes at the vertex buffer, starting `first_vertex` vertices in: ImGui splits a
// draw list of more than 65,536 vertices into parts that each count their indices from 0.
void point_attributes(unsigned first_vertex) {
    const auto at = [first_vertex](std::size_t member) {
        return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(first_vertex * sizeof(ImDrawVert) + member));
    };
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, at(IM_OFFSETOF(ImDrawVert, pos)));
    glVertexAttribPointer(kUV, 2, GL_FLOAT, GL_FALSE, stride, at(IM_OFFSETOF(ImDrawVert, uv)));
    glVertexAttribPointer(kColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(IM_OFFSETOF(ImDrawVert, col)));
}

// Everything a frame draws with; also what ImDrawCallback_ResetRenderState asks for.
void set_state(const ImDrawData& frame, int width, int height) {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, width, height);
    glUseProgram(g.program);
    const ImVec2 size = frame.DisplaySize;
    const ImVec2 origin = frame.DisplayPos;
    glUniform2f(g.scale, 2.0f / size.x, -2.0f / size.y);
    glUniform2f(g.offset, -1.0f - origin.x * 2.0f / size.x, 1.0f + origin.y * 2.0f / size.y);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indices);
}

}  // namespace

void init() {
    g = Renderer{};
    g.vertex_shader = compile(GL_VERTEX_SHADER, kVertexShader);
    g.fragment_shader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    g.program = glCreateProgram();
    glAttachShader(g.program, g.vertex_shader);
    glAttachShader(g.program, g.fragment_shader);
    glLinkProgram(g.program);

    glGenVertexArrays(1, &g.vertex_array);
    glGenBuffers(1, &g.vertices);
    glGenBuffers(1, &g.indices);
    glBindVertexArray(g.vertex_array);
    glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indices);  // part of the vertex array's state
    for (const Attribute attribute : {kPosition, kUV, kColor}) glEnableVertexAttribArray(attribute);
    point_attributes(0);
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "accord_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void upload_font_atlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);  // builds the atlas if it is not yet
    if (g.font_texture == 0) glGenTextures(1, &g.font_texture);
    glBindTexture(GL_TEXTURE_2D, g.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(g.font_texture)));
    atlas.ClearTexData();  // the GPU has it (megabytes at a pixel ratio of 2)
}

void render(const ImDrawData& frame, int width, int height) {
    if (width <= 0 || height <= 0 || frame.DisplaySize.x <= 0 || frame.DisplaySize.y <= 0 || !ready()) return;
    set_state(frame, width, height);
    const ImVec2 origin = frame.DisplayPos;
    const ImVec2 scale = frame.FramebufferScale;
    constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    GLuint texture = 0;
    unsigned first_vertex = 0;
    for (int n = 0; n < frame.CmdListsCount; ++n) {
        const ImDrawList& list = *frame.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.size_in_bytes()), list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.size_in_bytes()), list.IdxBuffer.Data,
                     GL_STREAM_DRAW);
        for (const ImDrawCmd& command : list.CmdBuffer) {
            if (command.UserCallback) {
                if (command.UserCallback == ImDrawCallback_ResetRenderState) {
                    set_state(frame, width, height);
                    texture = 0;
                } else {
                    command.UserCallback(&list, &command);
                }
                continue;
            }
            // The clip rectangle in framebuffer pixels; GL's scissor counts y from the bottom.
            const float x0 = (command.ClipRect.x - origin.x) * scale.x;
            const float y0 = (command.ClipRect.y - origin.y) * scale.y;
            const float x1 = (command.ClipRect.z - origin.x) * scale.x;
            const float y1 = (command.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(height - y1), static_cast<GLsizei>(x1 - x0),
                      static_cast<GLsizei>(y1 - y0));
            const auto wanted = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(command.GetTexID()));
            if (wanted != texture) {
                glBindTexture(GL_TEXTURE_2D, wanted);
                texture = wanted;
            }
            if (command.VtxOffset != first_vertex) {
                first_vertex = command.VtxOffset;
                point_attributes(first_vertex);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), kIndexType,
                           reinterpret_cast<const void*>(static_cast<std::uintptr_t>(command.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    if (first_vertex != 0) point_attributes(0);
    glDisable(GL_SCISSOR_TEST);
}

}  // namespace accord::ui::gl_renderer
