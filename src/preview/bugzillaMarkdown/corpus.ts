/**
 * Tricky Markdown for the differential test: each case is something a report
 * author may write, or something where Markdown renderers are known to
 * disagree. Kept as data so a new case is one line.
 */
export type CorpusCase = { name: string; markdown: string };

export const CORPUS = [
  // Line breaks: Bugzilla renders every newline as <br>.
  { name: "soft break becomes a line break", markdown: "first line\nsecond line\nthird line\n" },
  { name: "two-space and backslash hard breaks", markdown: "a  \nb\\\nc\nd\n" },
  { name: "trailing single space before a newline", markdown: "a \nb\n" },
  { name: "line breaks inside emphasis, strong and links", markdown: "*a\nb* **c\nd** [e\nf](https://example.com/)\n" },
  { name: "line break in a setext heading", markdown: "Heading one\ncontinued\n===\n" },
  { name: "line breaks in list items and block quotes", markdown: "- one\n  more\n- two\n\n> quoted\n> lines\n" },
  { name: "newline as an entity stays text", markdown: "a&#10;b\n" },
  { name: "CRLF line endings", markdown: "# Title\r\n\r\nline one\r\nline two\r\n\r\n- a\r\n- b\r\n" },

  // Tables.
  { name: "simple table with alignment", markdown: "| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n| d | e | f |\n" },
  { name: "escaped pipe in a cell", markdown: "| A | B |\n|---|---|\n| x \\| y | z |\n" },
  { name: "escaped pipe inside a code span in a cell", markdown: "| A | B |\n|---|---|\n| `x \\| y` | z |\n" },
  { name: "unescaped pipe inside a code span splits the cell", markdown: "| A | B |\n|---|---|\n| `x | y` | z |\n" },
  { name: "uneven rows: missing and extra cells", markdown: "| A | B | C |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n" },
  { name: "a line right after a table joins it", markdown: "| A | B |\n|---|---|\n| 1 | 2 |\nnot a row?\n\nafter\n" },
  { name: "table without leading pipes", markdown: "A | B\n--|--\n1 | 2\n" },
  { name: "delimiter row mismatch is not a table", markdown: "| A | B |\n|---|\n| 1 | 2 |\n" },
  { name: "table interrupting a paragraph", markdown: "Intro text\n| A | B |\n|---|---|\n| 1 | 2 |\n" },
  { name: "table with inline markup and autolinks", markdown: "| **Bold** | Link |\n|---|---|\n| *em* ~~gone~~ | https://example.com/x |\n" },
  // cmark-gfm's delimiter rows take vertical tab and form feed as spaces (issue 26).
  { name: "form feed before a delimiter row makes a table", markdown: "foo\n\f---\nbar\n\nx\n" },
  { name: "vertical tab before a delimiter row makes a table", markdown: "intro\nfoo\n\v---\n" },
  { name: "form feed in a delimiter row of two columns", markdown: "a|b\n\f-|\f:-:\nc|d\n" },
  { name: "form feed delimiter rows that make no table", markdown: "a|b\n\f---\n\n\f---\n\n# h\n\f---\n\nfoo\n    \f---\n\n- foo\n\f---\n" },
  { name: "form feed delimiter rows in a list and a quote", markdown: "- foo\n  \f---\n\n> foo\n> \v---\n" },
  { name: "empty cells", markdown: "| A | B |\n|---|---|\n|  | 2 |\n| 1 |  |\n" },

  // Lists and indentation.
  { name: "nested lists", markdown: "- a\n  - b\n    - c\n- d\n" },
  { name: "ordered list with a start number", markdown: "3. three\n4. four\n" },
  { name: "loose list", markdown: "- a\n\n- b\n" },
  { name: "unindented continuation is lazy", markdown: "- **Label:** value\nmore text\n- next\n" },
  { name: "indented continuation paragraph", markdown: "- **Label:**\n\n  second paragraph\n\n  third\n- next\n" },
  { name: "list after a paragraph and a number that cannot interrupt", markdown: "Paragraph\n- item\n\nParagraph\n2. not a list\n" },
  { name: "changing bullet starts a new list", markdown: "- a\n* b\n+ c\n" },
  { name: "four-space nested list", markdown: "1. one\n    - sub\n2. two\n" },

  // Breaks, headings, code.
  { name: "setext heading versus thematic break", markdown: "Title\n---\n\ntext\n\n---\n\n***\n" },
  { name: "dashes right under a paragraph line", markdown: "Some text\n- - -\n" },
  { name: "ATX headings and closing hashes", markdown: "# One #\n## Two\n###Three\n#### Four ####   \n####### seven\n" },
  { name: "fenced code with info string and HTML inside", markdown: "```js\nconst a = 1 < 2 && '<b>';\n```\n\n~~~\nfence ~~~ tilde\n~~~\n" },
  { name: "indented code", markdown: "Text\n\n    indented <code>\n    two\n\nafter\n" },
  { name: "unclosed fence runs to the end", markdown: "```\nnever closed\n\n# not a heading\n" },
  { name: "code spans", markdown: "`a` `` b`c `` `  spaced  ` `line\nbreak`\n" },

  // Raw HTML is always text on Bugzilla.
  { name: "br tag shows as text", markdown: "line one<br>line two<br/>\n" },
  { name: "details block is not HTML", markdown: "<details>\n<summary>More</summary>\n\n*inside*\n</details>\n" },
  { name: "HTML comment is text", markdown: "before <!-- hidden --> after\n\n<!--\nblock comment\n-->\n" },
  { name: "script and event handlers are text", markdown: "<script>window.__xss=1</script>\n\n<img src=x onerror=alert(1)>\n" },
  { name: "less-than in text and before letters", markdown: "a < b, a<b, 1<2, <tag attr=\"x\">, <3\n" },

  // Links and autolinks.
  { name: "angle-bracket autolinks", markdown: "<https://example.com/a?b=c&d=e> and <http://example.org>\n" },
  { name: "angle-bracket email autolink", markdown: "<a@example.com> and <mailto:a@example.com>\n" },
  { name: "ftp URLs", markdown: "<ftp://example.com> and ftp://example.com/file\n" },
  { name: "bare URL followed by a closing angle bracket", markdown: "https://example.com/x> and (www.example.com)\n" },
  { name: "bare URL and www autolinks", markdown: "See https://crt.sh/?id=123456. Or www.example.com, or (https://example.com/path).\n" },
  { name: "bare email autolink", markdown: "Write to incident-reporting@ccadb.org.\n" },
  { name: "autolink trailing punctuation", markdown: "https://example.com/a_b_ https://example.com/x) https://example.com/?q=1& https://example.com/&amp;\n" },
  { name: "inline links with titles and entities", markdown: "[a](https://example.com/ \"T&amp;itle\") [b](<https://example.com/x y>) [c](https://example.com/?a=1&b=2)\n" },
  { name: "javascript and data URLs", markdown: "[x](javascript:alert(1)) [y](data:text/html,hi) [z](JAVASCRIPT:alert(1))\n" },
  { name: "link reference definitions", markdown: "[one][] and [two][ref] and [Three]\n\n[one]: https://example.com/1\n[ref]: https://example.com/2 'Title'\n[three]: https://example.com/3\n" },
  { name: "images are removed", markdown: "before ![alt text](https://example.com/x.png) after\n\n![ref][img]\n\n[img]: https://example.com/y.png\n" },

  // GFM extensions Bugzilla has, and the ones it does not.
  { name: "single and double tilde strikethrough", markdown: "~one~ ~~two~~ ~~~three~~~ a~b~c\n" },
  { name: "task lists are plain text", markdown: "- [ ] todo\n- [x] done\n" },
  { name: "footnotes are plain text", markdown: "Claim[^1].\n\n[^1]: The note.\n" },

  // Inline edge cases.
  { name: "emphasis edge cases", markdown: "*a **b** c* _snake_case_word_ **bold**text __x__y *not closed\n" },
  { name: "emphasis next to a guarded <", markdown: "**<b>**c *<*a a*>* _+_ x*<*y\n" },
  { name: "emphasis next to currency symbols", markdown: "*£5*x x*€*y\n" },
  { name: "a replacement character shows as <", markdown: "a \uFFFDb *\uFFFD*c\n" },
  { name: "intraword underscores and stars", markdown: "foo*bar*baz foo_bar_baz 2*3*4\n" },
  { name: "backslash escapes", markdown: "\\*not em\\* \\# \\[x\\] \\\\ \\a\n" },
  { name: "entities", markdown: "&amp; &lt; &copy; &#169; &#xA9; &nbsp;x &bogus; &#0;\n" },
  { name: "unicode text and punctuation", markdown: "Zürich — “quotes” 漢字 🙂 *ÉMPHASE* über*alles*\n" },
  { name: "headings with inline markup", markdown: "### **Bold** and `code` and [link](https://example.com/)\n" },

  // Blocks.
  { name: "block quotes with lazy lines and nesting", markdown: "> a\nlazy\n> > nested\n> - list\n" },
  { name: "block quote with heading and code", markdown: "> ## Heading\n>\n>     code\n" },
  { name: "blank lines with spaces and tabs", markdown: "a\n  \n\tb\n\n\n\nc\n" },
  { name: "link reference definition only", markdown: "[x]: https://example.com/\n" },
] as const satisfies readonly CorpusCase[];
