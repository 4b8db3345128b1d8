import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws Rapport's icon — two overlapping worlds, personal (warm) and professional (cool), on the app's blue,
 * their overlap lit with a check: "connect where the worlds meet" — and writes every file the app and the
 * installers use. Drawn in code rather than kept as one bitmap so that each size is rendered at its own
 * pixels: the small sizes drop the check and the margin, which would only blur at 16 px.
 *
 * <p>Run from the repository root with {@code assets/icon/make-icons.sh}; plain JDK 17+, no other tools.
 * Arguments: the assets folder, the window icons' resource folder, the Linux jpackage resource folder.
 */
public final class MakeIcons {

    private static final List<Integer> PNG_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    private static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);
    private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static final Color TILE_TOP = new Color(0x2f81f7);
    private static final Color TILE_BOTTOM = new Color(0x0550ae);
    private static final Color PERSONAL = new Color(0xffb357);
    private static final Color PROFESSIONAL = new Color(0x7ee0c3);
    private static final Color MEETING = Color.WHITE;
    private static final Color CHECK = new Color(0x0550ae);

    public static void main(String[] args) throws IOException {
        Path assets = Path.of(args.length > 0 ? args[0] : "assets/icon");
        Path windowIcons = Path.of(args.length > 1 ? args[1] : "src/main/resources/app/rapport/ui/icons");
        Path linuxResources = Path.of(args.length > 2 ? args[2] : "packaging/linux");
        Files.createDirectories(assets);
        Files.createDirectories(windowIcons);
        Files.createDirectories(linuxResources);
        for (int size : PNG_SIZES) {
            Files.write(assets.resolve("rapport-" + size + ".png"), png(draw(size)));
        }
        for (int size : WINDOW_SIZES) {
            Files.write(windowIcons.resolve("rapport-" + size + ".png"), png(draw(size)));
        }
        // A .deb or .rpm made from an app-image takes its menu icon from here only (it ignores --icon).
        Files.write(linuxResources.resolve("Rapport.png"), png(draw(512)));
        Files.write(assets.resolve("rapport.ico"), ico());
        Files.write(assets.resolve("rapport.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size, size);

        boolean small = size <= 32;
        // Large icons keep a margin like their neighbours in docks and menus; small ones need every pixel.
        double margin = small ? 0 : 0.055;
        double tile = 1 - 2 * margin;
        g.setPaint(new GradientPaint(0, (float) margin, TILE_TOP, 0, (float) (1 - margin), TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, tile, tile, tile * 0.44, tile * 0.44));

        // At 16 px the circles grow so the white overlap stays at least three pixels wide.
        double radius = small ? 0.27 : 0.235;
        double offset = small ? 0.14 : 0.118;
        Ellipse2D personal = circle(0.5 - offset, 0.5, radius);
        Ellipse2D professional = circle(0.5 + offset, 0.5, radius);
        Area meeting = new Area(personal);
        meeting.intersect(new Area(professional));

        g.setColor(PERSONAL);
        g.fill(personal);
        g.setColor(PROFESSIONAL);
        g.fill(professional);
        g.setColor(MEETING);
        g.fill(meeting);

        if (!small) {
            // Below 128 px a thin check would vanish into a couple of grey pixels: it gets bolder instead.
            float weight = size < 128 ? 0.05f : 0.034f;
            Path2D check = new Path2D.Double();
            check.moveTo(0.452, 0.505);
            check.lineTo(0.488, 0.545);
            check.lineTo(0.552, 0.455);
            g.setColor(CHECK);
            g.setStroke(new BasicStroke(weight, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(check);
        }
        g.dispose();
        return image;
    }

    private static Ellipse2D circle(double centreX, double centreY, double radius) {
        return new Ellipse2D.Double(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /**
     * Windows icon: 32-bit bitmaps below 256 px (what every part of Windows reads, including the resource
     * compiler WiX uses), PNG at 256 px as Windows itself writes them.
     */
    private static byte[] ico() throws IOException {
        Map<Integer, byte[]> entries = new LinkedHashMap<>();
        for (int size : ICO_SIZES) {
            entries.put(size, size >= 256 ? png(draw(size)) : dib(draw(size)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(entries.size());
        int offset = 6 + 16 * entries.size();
        for (Map.Entry<Integer, byte[]> entry : entries.entrySet()) {
            int size = entry.getKey();
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(0);
            out.byte8(0);
            out.short16(1);
            out.short16(32);
            out.int32(entry.getValue().length);
            out.int32(offset);
            offset += entry.getValue().length;
        }
        for (byte[] data : entries.values()) {
            bytes.write(data);
        }
        return bytes.toByteArray();
    }

    /** A bitmap as an icon holds it: header with doubled height, BGRA rows bottom up, then an AND mask. */
    private static byte[] dib(BufferedImage image) {
        int size = image.getWidth();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.int32(40);
        out.int32(size);
        out.int32(size * 2);
        out.short16(1);
        out.short16(32);
        out.int32(0);
        out.int32(0);
        out.int32(0);
        out.int32(0);
        out.int32(0);
        out.int32(0);
        for (int y = size - 1; y >= 0; y--) {
            for (int x = 0; x < size; x++) {
                out.int32(image.getRGB(x, y));
            }
        }
        // All zero: the alpha channel decides; each mask row is padded to four bytes.
        int maskRow = ((size + 31) / 32) * 4;
        bytes.writeBytes(new byte[maskRow * size]);
        return bytes.toByteArray();
    }

    /** macOS icon: PNG entries for every size Finder and the Dock ask for, Retina doubles included. */
    private static byte[] icns() throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = png(draw(type.getValue()));
            out.writeBytes(type.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        body.writeTo(file);
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void byte8(int value) {
            out.write(value);
        }

        void short16(int value) {
            out.write(value);
            out.write(value >>> 8);
        }

        void int32(int value) {
            short16(value);
            short16(value >>> 16);
        }
    }
}
