package org.injectplan.plugin;

/**
 * The user guide's Markdown as the plain HTML that ImageJ's help window shows: headings,
 * paragraphs, list items and code; pictures are named, not shown (they are not in the jar).
 */
final class GuideHtml {
  private GuideHtml() {
  }

  static String of(String markdown) {
    StringBuilder html = new StringBuilder();
    boolean code = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        html.append(code ? "</pre>" : "<pre>");
        code = !code;
      } else if (code) {
        html.append(escape(line)).append('\n');
      } else if (line.startsWith("#")) {
        int level = Math.min(4, line.indexOf(' ') > 0 ? line.indexOf(' ') + 1 : 2);
        html.append("<h").append(level).append('>').append(inline(line.replaceFirst("^#+\\s*", "")))
            .append("</h").append(level).append('>');
      } else if (line.isBlank()) {
        html.append("<p>");
      } else if (line.matches("^\\s*([-*]|\\d+\\.)\\s.*")) {
        html.append("<br>&bull; ").append(inline(line.replaceFirst("^\\s*([-*]|\\d+\\.)\\s", "")));
      } else {
        html.append(inline(line)).append(' ');
      }
    }
    if (code) {
      html.append("</pre>");
    }
    return html.toString();
  }

  /** Inline Markdown: pictures named, links as their text, code and bold kept as such. */
  private static String inline(String text) {
    String t = escape(text);
    t = t.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "[picture: $1]");
    t = t.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    t = t.replaceAll("`([^`]*)`", "<code>$1</code>");
    return t.replaceAll("\\*\\*([^*]*)\\*\\*", "<b>$1</b>");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
