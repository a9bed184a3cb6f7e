# Sourced by bench/run: makes a Publisher project of Node.js's API documentation (Debian's nodejs-doc,
# /usr/share/doc/nodejs/api/*.md): 64 pages, 2,200 printed pages, 2,500 code blocks. The book.yml names the
# pages' folder as its source, the way a docs/ folder is built.
#
# nodejs_project API_DIR PROJECT -> prints PROJECT/content/nodejs
#   Node's pages are written for Node's own HTML generator, which gives a second heading of one name the id
#   "name_1" and lets a link name a deprecation by its code ("#DEP0111"). Publisher gives GitHub's ids
#   ("name-1"; a deprecation's heading "DEP0111: process.binding()" is "dep0111-processbinding") and refuses a
#   link to an id no heading has (PUB040): the links are rewritten to those ids, or to plain text. One page
#   uses an emoji that no printable font has (U+1F3B5): it is left out.
nodejs_project() {
  local api=$1 project=$2 name
  local docs=$project/docs
  mkdir -p "$docs" "$project/content/nodejs"
  # Debian compresses the pages (addons.md.gz); a release's own folder has them plain.
  local page
  for page in "$api"/*.md "$api"/*.md.gz; do
    [[ -e $page ]] || continue
    case $page in
      *.gz) name=${page##*/}; gzip -dc "$page" >"$docs/${name%.gz}" ;;
      *) cp "$page" "$docs"/ ;;
    esac
  done
  rm -f "$docs/all.md"   # every page again in one, when a release ships it
  sed -i -E 's/(#[a-z0-9-]+)_1\b/\1-1/g; s/\]\(#DEP0[0-9]+\)/]/g; s/\xF0\x9F\x8E\xB5//g' "$docs"/*.md
  printf 'title: Node.js API\nlanguage: en\nsource: ../../docs\n' >"$project/content/nodejs/book.yml"
  echo "$project/content/nodejs"
}
