# gen-elders.awk -- N fictional elders as an elder import TSV, seeded.
#   awk -v n=100000 -v seed=1 -f bench/gen-elders.awk > elders.tsv
# Ages 60-99, more 空巢 than 失能, the oldest more often living alone;
# ID numbers carry valid GB 11643 check digits and never repeat
# (up to 5,000,000 elders).
function pick(a, n) { return a[int(rand() * n) + 1] }
# Region and sequence come from the record number, so numbers never clash.
function idnum(k, birth, male,    s, i, sum, seq) {
	seq = (int(k / 10000) % 500) * 2 + (male ? 1 : 0)
	s = (510000 + k % 10000) birth sprintf("%03d", seq)
	sum = 0
	for (i = 1; i <= 17; i++) sum += substr(s, i, 1) * w[i]
	return s substr("10X98765432", sum % 11 + 1, 1)
}
BEGIN {
	srand(seed ? seed : 1)
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ")
	ns = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 罗 高 林 龙 石 田", sur, " ")
	ng = split("桂英 秀兰 玉珍 翠花 淑芬 德明 国富 文才 志强 永福 光荣 正华", giv, " ")
	print "name\tgender\tid_number\tbuilding\tunit\troom\tliving\ttags\tjoined"
	for (i = 1; i <= n; i++) {
		male = rand() < 0.45
		age = 60 + int(rand() * rand() * 40)
		by = 2026 - age
		birth = sprintf("%04d%02d%02d", by, int(rand() * 12) + 1, int(rand() * 28) + 1)
		tags = ""
		living = rand() < 0.5 ? "couple" : "with-children"
		if (rand() < 0.15 + (age >= 80) * 0.3) { living = "alone"; tags = "独居" }
		if (rand() < 0.30) tags = tags (tags ? "," : "") "空巢"
		if (rand() < 0.06 + (age >= 85) * 0.1) tags = tags (tags ? "," : "") "失能"
		if (rand() < 0.03) tags = tags (tags ? "," : "") "特困"
		if (age >= 80) tags = tags (tags ? "," : "") "高龄"
		printf "%s%s\t%s\t%s\tB%02d\t%d\t%d\t%s\t%s\t%04d-%02d-%02d\n",
		    pick(sur, ns), pick(giv, ng), male ? "M" : "F",
		    idnum(i, birth, male), int(rand() * 99) + 1, int(rand() * 3) + 1,
		    (int(rand() * 18) + 1) * 100 + int(rand() * 4) + 1, living, tags,
		    2020 + int(rand() * 5), int(rand() * 12) + 1, int(rand() * 28) + 1
	}
}
