import { describe, expect, it } from 'vitest';
import { RecordingContext } from '../../../renderer/src/export/drawing/recordingContext.ts';
import { writeSvg } from '../../../renderer/src/export/svg/svgWriter.ts';
import { nodeEnvironment } from './nodeDrawing.ts';

/*
 * The SVG a board exports to: real vector elements and real text, whatever the labels hold. The
 * drawings here are recorded from 2D-context calls, as the canvas makes them.
 */

const record = (draw: (ctx: CanvasRenderingContext2D) => void) => {
  const rec = new RecordingContext(nodeEnvironment);
  draw(rec as unknown as CanvasRenderingContext2D);
  return rec.drawing();
};

const font = '400 22px "Atkinson Hyperlegible Next", system-ui, sans-serif';

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text content of every <tspan> that holds a line (not the spaces between wrapped lines), unescaped. */
function tspans(svg: string): string[] {
  return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => unescape(m[1]!)).filter((t) => t !== ' ');
}

/** Each <text>'s textContent: what a copy or a screen reader gets. */
function textContents(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, '')));
}

describe('the SVG writer', () => {
  it('writes a note as a path and its text as a <text> with one <tspan> per line', () => {
    const svg = writeSvg(
      record((ctx) => {
        ctx.beginPath();
        ctx.roundRect(0, 0, 240, 160, 6);
        ctx.fillStyle = '#fff3a8';
        ctx.fill();
        ctx.strokeStyle = 'rgba(0,0,0,0.35)';
        ctx.stroke();
        ctx.font = font;
        ctx.fillStyle = '#1a1a1a';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText('Bedre samhandling', 120, 66);
        ctx.fillText('med Stjørdal DPS', 120, 94);
      }),
      { background: true, margin: 24, title: 'Forbedringsområder' },
    );
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>Forbedringsområder</title>');
    // The fill and the outline of one shape are one element; its corners are curves.
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toMatch(/<path d="M6 0L234 0C237.314 0 240 2.686 240 6L240 154C[^"]+Z[^"]*" fill="#fff3a8" stroke="#000000" stroke-width="1" stroke-opacity="0.35" stroke-miterlimit="10"\/>/);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(tspans(svg)).toEqual(['Bedre samhandling', 'med Stjørdal DPS']);
    // Copied or read aloud, the wrapped lines keep the space they were broken at; the space is a
    // chunk of its own at the line's anchor, so the centred line does not move.
    expect(textContents(svg)).toEqual(['Bedre samhandling med Stjørdal DPS']);
    expect(svg).toContain('<tspan x="120" y="73.348">Bedre samhandling</tspan><tspan x="120" y="73.348"> </tspan><tspan x="120" y="101.348">med Stjørdal DPS</tspan>');
    expect(svg).toContain('text-anchor="middle"');
    expect(svg).toContain('font-family="\'Atkinson Hyperlegible Next\', system-ui, sans-serif"');
    // The view is the drawing (with half its outline) and the margin; the white background fills it.
    expect(svg).toContain('width="289" height="209" viewBox="-24.5 -24.5 289 209"');
    expect(svg).toContain('<rect x="-24.5" y="-24.5" width="289" height="209" fill="#ffffff"/>');
    expect(svg).not.toContain('<image');
  });

  it('escapes whatever a label holds: markup, quotes, ampersands; keeps æøå, Sami letters, emoji and right-to-left text as they are', () => {
    const label = `<script>alert("x")</script> & 'sitat' «æøå ÆØÅ» čđŋšŧž 😀 שלום`;
    const svg = writeSvg(
      record((ctx) => {
        ctx.font = font;
        ctx.fillText(label, 0, 0);
        ctx.direction = 'rtl';
        ctx.fillText('שלום עולם', 300, 40);
      }),
      { background: false, margin: 10, title: '<b>"Tavle"</b> & co' },
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'sitat\' «æøå ÆØÅ» čđŋšŧž 😀 שלום');
    expect(svg).toContain('<title>&lt;b&gt;"Tavle"&lt;/b&gt; &amp; co</title>');
    expect(tspans(svg)).toEqual([label, 'שלום עולם']);
    // Right-to-left text is anchored at its start, which is its right end.
    expect(svg).toMatch(/<text[^>]* direction="rtl"[^>]*><tspan x="300"/);
    // No background rectangle: transparent.
    expect(svg).not.toContain('fill="#ffffff"/>');
  });

  it('drops characters XML forbids instead of writing a broken file', () => {
    const svg = writeSvg(
      record((ctx) => {
        ctx.font = font;
        ctx.fillText('NAV\u0001\u0008 og \uFFFE DPS', 0, 0);
      }),
      { background: false, margin: 0 },
    );
    expect(tspans(svg)).toEqual(['NAV og  DPS']);
  });

  it('keeps a rotated note’s text as text, under the note’s transform', () => {
    const svg = writeSvg(
      record((ctx) => {
        ctx.translate(200, 100);
        ctx.rotate(Math.PI / 6);
        ctx.font = font;
        ctx.fillText('Legevakt', 0, 0);
      }),
      { background: false, margin: 0 },
    );
    expect(svg).toMatch(/<text[^>]* transform="matrix\(0\.866 0\.5 -0\.5 0\.866 200 100\)"><tspan x="0" y="0">Legevakt<\/tspan><\/text>/);
  });

  it('writes clips as nested clipPaths, dashes, opacity, shadows and pictures', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const env = { ...nodeEnvironment, imageSource: () => png };
    const rec = new RecordingContext(env);
    const ctx = rec as unknown as CanvasRenderingContext2D;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, 100, 100);
    ctx.clip();
    ctx.beginPath();
    ctx.arc(50, 50, 60, 0, Math.PI * 2);
    ctx.clip();
    ctx.setLineDash([14, 9]);
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#8a1111';
    ctx.strokeRect(10, 10, 80, 80);
    ctx.restore();
    ctx.save();
    ctx.shadowColor = 'rgba(11, 31, 51, 0.28)';
    ctx.shadowBlur = 8;
    ctx.shadowOffsetY = 3;
    ctx.globalAlpha = 0.5;
    ctx.fillStyle = '#689CDA';
    ctx.fillRect(120, 0, 50, 50);
    ctx.restore();
    ctx.drawImage({ width: 1, height: 1 } as unknown as CanvasImageSource, 200, 0, 40, 30);
    const svg = writeSvg(rec.drawing(), { background: false, margin: 0 });
    expect(svg).toContain('<clipPath id="clip1"><path d="M0 0L100 0L100 100L0 100ZM0 0"/></clipPath>');
    expect(svg).toMatch(/<clipPath id="clip2" clip-path="url\(#clip1\)"><path d="M110 50C/);
    expect(svg).toMatch(/<g clip-path="url\(#clip2\)"><path [^>]*stroke-dasharray="14 9"/);
    expect(svg).toMatch(/<path [^>]*fill="#689cda" fill-opacity="0.5" filter="url\(#shadow1\)"\/>/);
    expect(svg).toContain('<feDropShadow dx="0" dy="3" stdDeviation="4" flood-color="#0b1f33" flood-opacity="0.28"/>');
    expect(svg).toContain(`<image x="200" y="0" width="40" height="30" preserveAspectRatio="none" xlink:href="${png}"/>`);
  });

  it('embeds the fonts it is given, so the picture looks the same without them installed', () => {
    const svg = writeSvg(
      record((ctx) => {
        ctx.font = font;
        ctx.fillText('Frosta', 0, 0);
      }),
      {
        background: false,
        margin: 0,
        fonts: [{ family: 'Atkinson Hyperlegible Next', weight: 400, style: 'normal', url: 'data:font/woff;base64,AAAA', format: 'woff', unicodeRange: 'U+0000-00FF' }],
        fontFamilyPrefix: ['Atkinson Hyperlegible Next', 'Noto Sans'],
      },
    );
    expect(svg).toContain("<style><![CDATA[@font-face{font-family:'Atkinson Hyperlegible Next';font-weight:400;font-style:normal;src:url(data:font/woff;base64,AAAA) format('woff');unicode-range:U+0000-00FF;}]]></style>");
    // The family list names the embedded fonts first, in their order, each once.
    expect(svg).toContain('font-family="\'Atkinson Hyperlegible Next\', \'Noto Sans\', system-ui, sans-serif"');
  });
});
