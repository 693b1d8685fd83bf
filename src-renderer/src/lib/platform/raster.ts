// Runs in: the renderer (both editions). An SVG drawing of the app's own made into a PNG picture,
// for documents whose readers may not show SVG (Word before 2016 shows the PNG instead).
// The drawing is decoded as an image from a blob: URL (the page's CSP allows blob: images) and
// drawn on a canvas at `scale` pixels per drawing unit, on white.

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the picture on');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
