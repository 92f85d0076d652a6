# Sourced by the under-load scripts: start_hogs N starts N busy loops, one per core they are to fill, and stops them
# when the script that sourced this ends, however it ends. Each hog also checks that the script still lives, so even
# a SIGKILL of the script leaves no hog behind for long.
hogs=()
stop_hogs() {
  if [ "${#hogs[@]}" -gt 0 ]; then
    kill "${hogs[@]}" 2>/dev/null
    wait "${hogs[@]}" 2>/dev/null
    hogs=()
  fi
}
start_hogs() {
  trap stop_hogs EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local parent=$$
  for _ in $(seq 1 "$1"); do
    ( while kill -0 "$parent" 2>/dev/null; do for ((i = 0; i < 50000; i++)); do :; done; done ) &
    hogs+=("$!")
  done
}
