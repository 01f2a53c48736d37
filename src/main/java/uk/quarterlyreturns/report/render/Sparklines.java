package uk.quarterlyreturns.report.render;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The measures' trend charts drawn straight into the page. Batik took about a quarter of a large report's printing
 * for these three shapes each (an axis path, a line and a dot); a chart is now wrapped in an object element the
 * printer hands to this drawer, with the chart's own SVG inside it as the shapes to draw. Any other SVG, or a chart
 * with something this drawer does not know, is left to Batik.
 */
final class Sparklines implements FSObjectDrawerFactory {

    static final String TYPE = "application/x-trend-chart";
    // compiled once: a national collection's report has twenty thousand charts, each read when wrapped and drawn
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Each trend chart (an svg in a trend-plot box) of these wrapped in an object of this type, with its alt text. */
    static void wrap(List<Element> charts) {
        for (Element svg : charts) {
            Node plot = svg.getParentNode();
            if (plot instanceof Element p && p.getAttribute("class").equals("trend-plot") && sized(svg)
                    && shapes(svg, 0, 0, 1) != null) {
                Element object = p.getOwnerDocument().createElementNS(p.getNamespaceURI(), "object");
                object.setAttribute("type", TYPE);
                object.setAttribute("alt", svg.getAttribute("alt"));
                object.setAttribute("style", "display: block; width: " + svg.getAttribute("width") + "px; height: "
                        + svg.getAttribute("height") + "px;");
                p.replaceChild(object, svg);
                object.appendChild(svg);
            }
        }
    }

    /** A width and height in plain numbers: the drawer scales the chart's units to the box by them. */
    private static boolean sized(Element svg) {
        return NUMBER.matcher(svg.getAttribute("width")).matches()
                && NUMBER.matcher(svg.getAttribute("height")).matches();
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? Sparklines::draw : null;
    }

    private static Map<Shape, String> draw(Element object, double x, double y, double width, double height,
            OutputDevice out, RenderingContext ctx, int dotsPerPixel) {
        Element svg = (Element) object.getElementsByTagNameNS("*", "svg").item(0);
        double scale = width / Double.parseDouble(svg.getAttribute("width"));
        Stroke before = out.getStroke();
        for (Drawn shape : shapes(svg, x, y, scale)) {
            out.setColor(shape.colour());
            if (shape.lineWidth() > 0) {
                out.setStroke(new BasicStroke((float) (shape.lineWidth() * scale), BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_MITER, 4f));
                out.draw(shape.shape());
            } else {
                out.fill(shape.shape());
            }
        }
        out.setStroke(before);
        return null;
    }

    /** A shape in the page's units, stroked with a line of that width (in the chart's units), or filled (0). */
    record Drawn(Shape shape, FSRGBColor colour, double lineWidth) {
    }

    /** The chart's shapes placed at x, y and scaled, or null when it holds anything else. */
    static List<Drawn> shapes(Element svg, double x, double y, double scale) {
        List<Drawn> drawn = new ArrayList<>();
        try {
            for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "title" -> { }
                    case "path" -> drawn.add(new Drawn(path(e.getAttribute("d"), x, y, scale),
                            colour(e.getAttribute("stroke")), Double.parseDouble(e.getAttribute("stroke-width"))));
                    case "polyline" -> drawn.add(new Drawn(polyline(e.getAttribute("points"), x, y, scale),
                            colour(e.getAttribute("stroke")), Double.parseDouble(e.getAttribute("stroke-width"))));
                    case "circle" -> {
                        double r = Double.parseDouble(e.getAttribute("r")) * scale;
                        drawn.add(new Drawn(new Ellipse2D.Double(x + Double.parseDouble(e.getAttribute("cx")) * scale - r,
                                y + Double.parseDouble(e.getAttribute("cy")) * scale - r, 2 * r, 2 * r),
                                colour(e.getAttribute("fill")), 0));
                    }
                    default -> {
                        return null;
                    }
                }
            }
        } catch (IllegalArgumentException unknown) {
            return null;
        }
        return drawn;
    }

    /** An SVG path of absolute moves and lines only (M, L, H, V), as the charts are drawn. */
    private static Shape path(String d, double x, double y, double scale) {
        Path2D.Double path = new Path2D.Double();
        double px = 0;
        double py = 0;
        for (String step : SPACES.split(d.trim())) {
            char command = step.charAt(0);
            String[] xy = step.substring(1).split(",");
            switch (command) {
                case 'M', 'L' -> {
                    px = Double.parseDouble(xy[0]);
                    py = Double.parseDouble(xy[1]);
                }
                case 'H' -> px = Double.parseDouble(xy[0]);
                case 'V' -> py = Double.parseDouble(xy[0]);
                default -> throw new IllegalArgumentException("path command " + command);
            }
            if (command == 'M') {
                path.moveTo(x + px * scale, y + py * scale);
            } else {
                path.lineTo(x + px * scale, y + py * scale);
            }
        }
        return path;
    }

    private static Shape polyline(String points, double x, double y, double scale) {
        Path2D.Double line = new Path2D.Double();
        for (String point : SPACES.split(points.trim())) {
            String[] xy = point.split(",");
            double px = x + Double.parseDouble(xy[0]) * scale;
            double py = y + Double.parseDouble(xy[1]) * scale;
            if (line.getCurrentPoint() == null) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        return line;
    }

    private static FSRGBColor colour(String hex) {
        if (!COLOUR.matcher(hex).matches()) {
            throw new IllegalArgumentException("colour " + hex);
        }
        return new FSRGBColor(Integer.parseInt(hex.substring(1), 16));
    }
}
