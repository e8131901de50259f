#!/usr/bin/env bash
# Start-up of the installed app against its floors, side by side in interleaved pairs (docs/benchmarks.md,
# "Installed app"). Needs: CalfCheck installed from the .deb (the `calfcheck` command), `mvn -o -q package
# -DskipTests && mvn -o -q test-compile` (the jar and the floor programs), Xvfb and GNU time.
# Usage: src/packaging/benchmark.sh [PAIRS] [DISPLAY_NUMBER]
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs=${1:-15}
display=:${2:-58}
example=docs/examples/self-care-new-runner-overuse.json
cp=target/calfcheck.jar:target/test-classes
out=$(mktemp -d)

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 2

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pair app-frame-ms min-frame-ms app-peak-kb min-peak-kb assess-ms parse-ms first-start-frame-ms"
# the app's first start on a computer probes OpenGL, and notes in the cache folder when it has to fall back to
# software rendering; later starts read the note (ui.app.SoftwareRendering). One start made first, so the pairs
# time later starts; the last column is a first start each round, with an empty cache folder.
DISPLAY=$display calfcheck --smoke >/dev/null
for i in $(seq "$pairs"); do
  app=$(DISPLAY=$display /usr/bin/time -f %M -o "$out/app.kb" calfcheck --smoke | sed -n 's/^startup-ms //p')
  min=$(DISPLAY=$display /usr/bin/time -f %M -o "$out/min.kb" java -cp "$cp" org.calfcheck.bench.MinimalWindow \
        | sed -n 's/^startup-ms //p')
  t=$(date +%s%N); calfcheck assess "$example" --format json >/dev/null; assess=$(ms "$t")
  t=$(date +%s%N); java -cp "$cp" org.calfcheck.bench.ParseContentOnly >/dev/null; parse=$(ms "$t")
  rm -rf "$out/first-cache"
  first=$(DISPLAY=$display XDG_CACHE_HOME="$out/first-cache" calfcheck --smoke | sed -n 's/^startup-ms //p')
  echo "$i $app $min $(cat "$out/app.kb") $(cat "$out/min.kb") $assess $parse $first"
done | tee "$out/pairs.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -v c="$1" '{print $c}' "$out/pairs.txt" | median; }
ratio() { awk -v a="$1" -v b="$2" '{print $a / $b}' "$out/pairs.txt" | median; }
echo "medians: app frame $(col 2) ms, minimal window $(col 3) ms, ratio of pairs $(ratio 2 3)"
echo "         app peak $(col 4) KB, minimal window $(col 5) KB, ratio of pairs $(ratio 4 5)"
echo "         assess $(col 6) ms, parse only $(col 7) ms, ratio of pairs $(ratio 6 7)"
echo "         first start on a computer: frame $(col 8) ms, ratio to the minimal window $(ratio 8 3)"
ls -l target/installer/package/*.deb 2>/dev/null || true
rm -rf "$out"
