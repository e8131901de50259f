#!/bin/sh
# Regenerates docs/images/sheet-self-care.png and docs/images/sheet-urgent.png (first page, 100 dpi) from two
# vignettes, through the packaged jar and poppler's pdftoppm. Run from the project folder after `mvn -o package`.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
answers() { # the "answers" part of a vignette, as an answers file
    python3 -c "import json,sys; print(json.dumps(json.load(open(sys.argv[1]))['answers']))" \
        "src/test/resources/vignettes/$1.json" > "$work/$1.json"
}
answers self-care-mileage-jump-fifty-percent
answers urgent-clot-swollen-warm-no-risk-factor
java -jar target/calfcheck.jar assess "$work/self-care-mileage-jump-fifty-percent.json" --format pdf \
    --out "$work/self-care.pdf" --name "Zoë Łukasiewicz" --paper a4
java -jar target/calfcheck.jar assess "$work/urgent-clot-swollen-warm-no-risk-factor.json" --format pdf \
    --out "$work/urgent.pdf" --paper a4
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/self-care.pdf" docs/images/sheet-self-care
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/urgent.pdf" docs/images/sheet-urgent
