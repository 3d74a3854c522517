// Draws the app icon (three panels of a triptych) as PNGs without any image library:
// `node scripts/make-icons.js` writes static/icons/*.png. Run it again only to change the design.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (buf) => {
	let c = 0xffffffff;
	for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
	const raw = Buffer.alloc((size * 4 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b, a] = pixel(x / size, y / size);
			const o = y * (size * 4 + 1) + 1 + x * 4;
			raw[o] = r;
			raw[o + 1] = g;
			raw[o + 2] = b;
			raw[o + 3] = a;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const bg = [31, 58, 95, 255];
const panels = [
	[242, 196, 109, 255],
	[247, 245, 240, 255],
	[214, 93, 74, 255]
];

/** `inset` keeps the panels inside the maskable safe zone (the central 80%). */
function triptych(inset) {
	return (x, y) => {
		const lo = inset;
		const hi = 1 - inset;
		if (y < lo + 0.08 || y > hi - 0.08 || x < lo || x > hi) return bg;
		const w = (hi - lo) / 3;
		const i = Math.min(2, Math.floor((x - lo) / w));
		const px = (x - lo - i * w) / w;
		if (px < 0.1 || px > 0.9) return bg;
		return panels[i];
	};
}

writeFileSync('static/icons/icon-192.png', png(192, triptych(0.12)));
writeFileSync('static/icons/icon-512.png', png(512, triptych(0.12)));
writeFileSync('static/icons/icon-maskable-512.png', png(512, triptych(0.2)));
