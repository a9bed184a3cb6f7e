# Sourced by bench/run and bench/compare: makes a Publisher project of one Pro Git translation.
#
# progit_project CORPUS FIGURES PROJECT -> prints PROJECT/content/progit
#   A project holding only content/progit: the chapters renamed to .md, listed in order, with
#   their figures. Pro Git's figure marker is not Markdown: a line "Insert 18333fig0101.png"
#   (sometimes with trailing spaces), then the caption paragraph's line. The file on disk is
#   figures/18333fig0101-tn.png. Each pair becomes ![caption](figures/18333fig0101-tn.png), an
#   image alone in its paragraph, which Publisher sets as a figure with that caption.
progit_figures() {
  awk '
    /^Insert 18333fig[0-9]+\.png[ \t]*$/ { sub(/[ \t]+$/, ""); file = $2; sub(/\.png$/, "-tn.png", file); next }
    file != "" {
      caption = $0
      gsub(/[][\\]/, "\\\\&", caption)          # brackets and backslashes would end the alt text
      print "![" caption "](figures/" file ")"
      if (caption ~ /^[ \t]*$/) print ""           # no caption: keep the blank line that was there
      file = ""
      next
    }
    { print }
  ' "$1"
}

progit_project() {
  local corpus=$1 figures=$2 project=$3
  local book=$project/content/progit
  mkdir -p "$book/figures"
  cp "$figures"/*.png "$book/figures/"
  {
    echo "title: Pro Git"
    echo "authors: [Scott Chacon]"
    echo "language: en"
    echo "chapters:"
    local dir name src
    for dir in "$corpus"/*/; do
      name=$(basename "$dir")
      src=$(find "$dir" -maxdepth 1 -name '01-chapter*.markdown' | head -n 1)
      [[ -n $src ]] || continue
      progit_figures "$src" >"$book/$name.md"
      echo "  - $name.md"
    done
  } >"$book/book.yml"
  echo "$book"
}
