# bench.mk -- the performance benchmark (issue 9; bench/README.md).
#
#   make bench           station scale: 2,000 elders, five years (< 2 min)
#   make bench-national  1,000,000 elders, 10,000,000 visits (< 20 min on
#                        2 cores; heavy: run it alone)
#
# Both write bench/results.tsv (case shegong_s baseline_s ratio
# peak_rss_kb).  BENCH_RUNS sets the runs per case; BENCH_DIR keeps the
# data and databases (default: a temporary directory, removed after).

.PHONY: bench bench-national bench-tools

BENCH_TOOLS = $(B)/bench/gen $(B)/bench/floor

bench-tools: $(PROGS) $(BENCH_TOOLS)

$(B)/bench/gen: bench/gen.c lib/shegong.h $(B)/libshegong.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ bench/gen.c $(B)/libshegong.a $(LIBS)

# floor links libsqlite3 alone: the least a program over SQLite loads
$(B)/bench/floor: bench/floor.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ bench/floor.c \
	    $(shell pkg-config --libs sqlite3 2>/dev/null)

bench: bench-tools
	@sh bench/run.sh $(B) station

bench-national: bench-tools
	@sh bench/run.sh $(B) national

# elder import of a 100,000-row workbook beside the TSV of the same rows
# (bench/xlsx.sh; XLSX_ROWS, RUNS): xlsx/ rows of bench/results.tsv
.PHONY: bench-xlsx
bench-xlsx: bench-tools
	@sh bench/xlsx.sh $(B)

# elder export of 1,000,000 elders as a workbook beside the TSV
# (bench/export.sh; EXPORT_ROWS, RUNS): export/ rows of bench/results.tsv
.PHONY: bench-export
bench-export: $(PROGS)
	@sh bench/export.sh $(B)

# visit plan over 100,000 elders beside visit due on the same database
# (bench/plan.sh; PLAN_ELDERS, RUNS, BENCH_DIR): plan/ rows of
# bench/results.tsv
.PHONY: bench-plan
bench-plan: bench-tools
	@sh bench/plan.sh $(B)
