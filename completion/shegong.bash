# shegong.bash -- bash completion for the shegong commands: elder, visit,
# volunteer, event and report.
#
# Completes verbs, options (those of the verb and the common ones of
# shegong(7)), option values (formats, modes, kinds, roles, instruments,
# periods, columns, ...) and ids from the database: `elder show <TAB>`
# offers "12  张桂英"; once one id is left, only the id is inserted.  The
# database is read through the commands themselves (`elder list -c
# id,name`), with the --db and --config given on the line.  Needs bash 4;
# does not need the bash-completion package, but is installed where it
# looks: share/bash-completion/completions/elder, the other four names
# being symlinks to it.

_shegong_common='--db= --config= --output= --header --columns= --user=
    --dry-run --reveal --labels= --excel --help'

# The verbs of a command.
_shegong_verbs()
{
	case $1 in
	elder)	echo add list show set tag edit archive restore import export \
		    assess assessments case cases person ;;
	visit)	echo log import list show rules due plan planned skip followups \
		    remind ;;
	volunteer) echo add list show set archive restore import export team \
		    pair unpair pairs log hours record certificate \
		    certificates ;;
	event)	echo add list show set cancel signup withdraw attend roster \
		    staff festivals give partner ;;
	report)	echo monthly period coverage project elder volunteers changes \
		    query ;;
	esac
}

# The options of CMD VERB [SUB]; a trailing '=' marks one that takes a
# value.
_shegong_options()
{
	local ef='--gender= --birth= --id-number= --phone= --building= --unit=
	    --room= --origin= --living= --tag= --caregiver=
	    --caregiver-relation= --caregiver-phone= --emergency=
	    --emergency-phone= --joined= --health= --visit-every= --note='
	local vf='--gender= --phone= --id-number= --number= --role= --team=
	    --skill= --available= --joined= --elder= --person= --note='
	local evf='--date= --start= --end= --place= --kind= --capacity=
	    --partner= --series= --note='
	local per='--period= --from= --to='

	case $1.$2 in
	elder.add)	echo $ef ;;
	elder.set)	echo --name= $ef --event= --event-date= ;;
	elder.list)	echo --tag= --any-tag= --building= --age= --gender= \
			    --living= --status= --search= --paired --unpaired \
			    --not-visited-since= --level= --assessment-due ;;
	elder.tag)	echo --add= --remove= ;;
	elder.archive)	echo --reason= --date= ;;
	elder.import|volunteer.import) echo --format= --encoding= \
			    --ignore-unknown --allow-duplicates --map= ;;
	visit.import)	echo --format= --encoding= --ignore-unknown --map= ;;
	elder.assess)	echo --instrument= --date= --by= --note= --coma \
			    --dementia --risk-events= --form --from= ;;
	elder.case)
		case $3 in
		open)	echo --need= --source= --summary= --date= --by= \
			    --project= ;;
		give)	echo --date= ;;
		assess|note|reopen) echo --note= --date= --by= ;;
		plan)	echo --goal= --action= --review= --date= --by= ;;
		close)	echo --outcome= --feedback= --date= --by= ;;
		refer)	echo --to= --need= --note= --date= ;;
		referral) echo --status= --date= ;;
		show)	;;
		*)	echo --need= --source= --summary= --date= --by= \
			    --note= --goal= --action= --review= --outcome= \
			    --feedback= --to= --status= ;;
		esac ;;
	elder.cases)	echo --open --need= --by= --review-due --unattended \
			    --elder= ;;
	elder.person)
		local pf='--gender= --phone= --kind= --building= --unit=
		    --room= --outside --elder= --relation= --joined= --note='
		case $3 in
		add)	echo $pf ;;
		set)	echo --name= $pf ;;
		list)	echo --kind= --elder= --status= ;;
		archive) echo --date= ;;
		import)	echo --format= ;;
		esac ;;
	visit.log)	echo --date= --mode= --kind= --by= --minutes= \
			    --finding= --note= --follow-up= --plan= --case= \
			    --supervises= --project= --gave= ;;
	visit.remind)	echo --day= --again ;;
	visit.list)	echo --elder= --by= $per --kind= --mode= --concerns ;;
	visit.rules)	echo --elder= ;;
	visit.due)	echo --on= --within= --tag= ;;
	visit.plan)	echo --week= --holiday= --visitor= --per-day= --tag= \
			    --save --strict --unplaced --sheets --blank-form ;;
	visit.planned)	echo --week= ;;
	visit.skip)	echo --reason= ;;
	visit.followups) echo --on= ;;
	volunteer.add)	echo $vf ;;
	volunteer.set)	echo --name= $vf ;;
	volunteer.list)	echo --team= --role= --skill= --available= --status= ;;
	volunteer.archive|volunteer.pair|volunteer.unpair) echo --date= ;;
	volunteer.team)	[[ -z $3 || $3 == add ]] && echo --leader= ;;
	volunteer.pairs) echo --volunteer= --elder= --all ;;
	volunteer.log)	echo --date= --hours= --content= --place= --file= \
			    --format= --encoding= --ignore-unknown --map= \
			    --project= ;;
	event.attend)	echo --file= --format= --encoding= --ignore-unknown \
			    --map= ;;
	volunteer.hours) echo $per --team= ;;
	volunteer.record|volunteer.certificate) echo $per ;;
	event.add)	echo $evf --repeat= --count= --project= ;;
	event.set)	echo --title= $evf ;;
	event.list)	echo $per --kind= --upcoming --series= ;;
	event.cancel)	echo --reason= ;;
	event.staff)	echo --hours= ;;
	event.partner)
		case $3 in
		''|add)	echo --kind= --offers= --contact= --note= ;;
		give)	echo --item= --qty= --unit= --value= --date= --note= ;;
		esac ;;
	report.monthly)	echo --month= ;;
	report.period|report.volunteers|report.project) echo $per ;;
	report.coverage) echo $per --misses ;;
	report.changes)	echo --since= --record= ;;
	esac
}

# The columns -c takes for CMD VERB [SUB], as the command declares them
# ("CMD --columns VERB [SUB]" prints key, Chinese and English label).
_shegong_columns()
{
	local cmd=$1 verb=$2 sub=$3 key rest

	case $cmd.$verb in
	volunteer.team)	[[ $sub == add || $sub == members ]] || sub=list ;;
	event.partner)	[[ $sub == add || $sub == list || $sub == give ||
			    $sub == stock ]] || sub=show ;;
	elder.case)	[[ $sub == open || $sub == refer ]] || sub=show ;;
	elder.person)	[[ $sub == add || $sub == import ]] || sub=list ;;
	elder.list)	verb=show sub= ;;
	*)		sub= ;;
	esac
	while IFS=$'\t' read -r key rest; do
		printf '%s\n' "$key"
	done < <("$_shegong_dir$cmd" --columns "$verb" $sub 2>/dev/null)
}

# Add to COMPREPLY the words that start with $1.
_shegong_match()
{
	local cur=$1 w

	shift
	for w; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
}

# Run a command of the toolkit on the line's database: TSV, no header.
_shegong_run()
{
	local cmd=$1

	shift
	"$_shegong_dir$cmd" "$@" -o tsv "${_shegong_dbargs[@]}" \
	    </dev/null 2>/dev/null
}

# Ids starting with $1 from `CMD ARGS...` (id first, then labels),
# offered as "12  张桂英"; a single one is offered as the id alone.
_shegong_ids()
{
	local cur=$1 id rest n=${#COMPREPLY[@]}

	shift
	while IFS=$'\t' read -r id rest; do
		[[ -n $id && $id == "$cur"* ]] || continue
		COMPREPLY+=("$id  ${rest//$'\t'/ }")
	done < <(_shegong_run "$@")
	if (( ${#COMPREPLY[@]} == n + 1 )); then
		COMPREPLY[n]=${COMPREPLY[n]%%  *}
	fi
}

# The distinct values of one column (comma lists split) starting with $1.
_shegong_values()
{
	local cur=$1 line w
	local -A seen

	shift
	while IFS=, read -r -a line; do
		for w in "${line[@]}"; do
			[[ -n $w && -z ${seen[$w]} ]] || continue
			seen[$w]=1
			[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
		done
	done < <(_shegong_run "$@")
}

# PROJECT/PART of the config's projects starting with $1.
_shegong_projects()
{
	local cur=$1 p q

	while IFS=$'\t' read -r p q; do
		[[ "$p/$q" == "$cur"* ]] && COMPREPLY+=("$p/$q")
	done < <(_shegong_run report project -c project,part | sort -u)
}

# Team names starting with $1 (the second column of `team list`).
_shegong_teams()
{
	local cur=$1 id name rest

	while IFS=$'\t' read -r id name rest; do
		[[ -n $name && $name == "$cur"* ]] && COMPREPLY+=("$name")
	done < <(_shegong_run volunteer team list)
}

# A volunteer or worker, by id ("3  李娟") or by name.
_shegong_who()
{
	if [[ $1 == [0-9]* ]]; then
		_shegong_ids "$1" volunteer list -c id,name
	else
		_shegong_values "$1" volunteer list -c name
	fi
}

# A comma list: complete its last item from the words after $1.
_shegong_list()
{
	local cur=$1 head= part w

	shift
	[[ $cur == *,* ]] && head=${cur%,*},
	part=${cur##*,}
	for w; do
		[[ ,$head == *,$w,* ]] && continue
		[[ $w == "$part"* ]] && COMPREPLY+=("$head$w")
	done
	compopt -o nospace 2>/dev/null
}

_shegong_dates='today yesterday tomorrow'
_shegong_periods='this-week last-week next-week this-month last-month
    next-month this-year last-year'

# The values of option $4 of CMD VERB SUB starting with $5.
_shegong_value()
{
	local cmd=$1 verb=$2 sub=$3 opt=$4 cur=$5

	case $opt in
	-d|--db|--config)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	-o|--output)
		_shegong_match "$cur" table tsv csv json yaml xlsx text markdown \
		    html ;;
	--labels)	_shegong_match "$cur" zh en keys ;;
	-c|--columns)
		_shegong_list "$cur" $(_shegong_columns "$cmd" "$verb" "$sub") ;;
	--gender)	_shegong_match "$cur" M F ;;
	--living)	_shegong_match "$cur" alone couple with-children other ;;
	--status)
		if [[ $verb == case ]]; then
			_shegong_match "$cur" sent accepted done declined
		else
			_shegong_match "$cur" active archived
		fi ;;
	--reason)
		[[ $cmd == elder ]] &&
		    _shegong_match "$cur" moved deceased other ;;
	--format)	_shegong_match "$cur" tsv csv yaml ;;
	--instrument)	_shegong_match "$cur" barthel gbt42195 ;;
	--mode)		_shegong_match "$cur" home phone video event ;;
	--kind)
		if [[ $cmd == visit ]]; then
			_shegong_match "$cur" routine follow-up holiday case \
			    supervision
		elif [[ $verb == person ]]; then
			_shegong_match "$cur" caregiver resident student \
			    family other
		elif [[ $verb == partner ]]; then
			_shegong_match "$cur" firm shop university clinic \
			    government school ngo other
		else
			_shegong_match "$cur" festival culture health clinic \
			    group training interest other
		fi ;;
	--role)		_shegong_match "$cur" volunteer social-worker \
			    supervisor party-member student ;;
	--period)	_shegong_match "$cur" $_shegong_periods ;;
	--week)		_shegong_match "$cur" this-week next-week last-week ;;
	--month)	_shegong_match "$cur" this-month last-month ;;
	--repeat)	_shegong_match "$cur" weekly biweekly monthly ;;
	--need)		_shegong_match "$cur" daily-care rehab emotional \
			    home-adaptation medical financial legal other ;;
	--source)	_shegong_match "$cur" walk-in committee family ;;
	--outcome)	_shegong_match "$cur" resolved referred moved \
			    deceased other ;;
	--available)	_shegong_list "$cur" mon tue wed thu fri sat sun ;;
	--finding)
		if [[ $cur == *=* ]]; then
			_shegong_match "${cur#*=}" ok concern urgent
			COMPREPLY=("${COMPREPLY[@]/#/${cur%%=*}=}")
		else
			_shegong_match "$cur" living= safety= health= mental=
			compopt -o nospace 2>/dev/null
		fi ;;
	--record)	_shegong_match "$cur" elder visit volunteer event \
			    case referral partner ;;
	--holiday)	_shegong_values "$cur" event festivals -c name ;;
	--date)
		_shegong_match "$cur" $_shegong_dates
		[[ $cmd == event ]] &&
		    _shegong_values "$cur" event festivals -c name ;;
	--on|--since|--joined|--birth|--follow-up|--review|--not-visited-since)
		_shegong_match "$cur" $_shegong_dates ;;
	--file)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	--from)
		if [[ $verb == assess ]]; then
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		else
			_shegong_match "$cur" $_shegong_dates
		fi ;;
	--to)
		if [[ $verb == case ]]; then
			_shegong_values "$cur" event partner list -c name
		else
			_shegong_match "$cur" $_shegong_dates
		fi ;;
	--by|--visitor|--leader|--volunteer|--supervises) _shegong_who "$cur" ;;
	--person)	_shegong_ids "$cur" elder person list -c id,name ;;
	--elder)	_shegong_ids "$cur" elder list -c id,name ;;
	--plan)		_shegong_ids "$cur" visit planned -c id,name,day ;;
	--case)		_shegong_ids "$cur" elder cases --open \
			    -c id,elder_name,needs ;;
	--tag|--any-tag|--add|--remove)
		_shegong_values "$cur" elder list -c tags ;;
	--team)		_shegong_teams "$cur" ;;
	--partner)	_shegong_values "$cur" event partner list -c name ;;
	--series)	_shegong_values "$cur" event list -c series ;;
	--project)	_shegong_projects "$cur" ;;
	--item)		_shegong_values "$cur" event partner stock -c item ;;
	--gave)		_shegong_values "$cur" event partner stock -c item
			COMPREPLY=("${COMPREPLY[@]/%/:}")
			compopt -o nospace 2>/dev/null ;;
	--day)		_shegong_match "$cur" $_shegong_dates ;;
	esac
}

# The positional argument number $4 (from 0) of CMD VERB SUB.
_shegong_arg()
{
	local cmd=$1 verb=$2 sub=$3 n=$4 cur=$5

	case $cmd.$verb in
	elder.show|elder.set|elder.tag|elder.archive|elder.assessments|\
	elder.assess|report.elder|visit.log)
		[[ $verb == assess && $n -gt 0 ]] && return
		_shegong_ids "$cur" elder list -c id,name ;;
	elder.edit)
		(( n == 0 )) && _shegong_ids "$cur" elder list -c id,name ;;
	elder.restore)
		_shegong_ids "$cur" elder list --status archived -c id,name ;;
	elder.import|volunteer.import|visit.import)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	elder.person)
		if (( n == 0 )); then
			_shegong_match "$cur" add list show set archive \
			    restore import
		elif [[ $sub == import ]]; then
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		elif [[ $sub == restore ]]; then
			_shegong_ids "$cur" elder person list --status archived \
			    -c id,name
		elif [[ $sub != add && $sub != list ]]; then
			_shegong_ids "$cur" elder person list -c id,name
		fi ;;
	elder.case)
		if (( n == 0 )); then
			_shegong_match "$cur" open assess plan note close \
			    reopen refer referral show
		elif (( n == 1 )) && [[ $sub == open ]]; then
			_shegong_ids "$cur" elder list -c id,name
		elif (( n == 1 )) && [[ $sub == referral ]]; then
			_shegong_ids "$cur" report query "SELECT r.id,
			    e.name, p.name, r.need, r.status FROM referral r
			    JOIN elder_case c ON c.id = r.case_id
			    JOIN elder e ON e.id = c.elder_id
			    JOIN partner p ON p.id = r.partner_id
			    ORDER BY r.id"
		elif (( n == 1 )); then
			_shegong_ids "$cur" elder cases -c id,elder_name,needs
		fi ;;
	visit.show)
		_shegong_ids "$cur" visit list -c id,elder_name,date ;;
	visit.skip)
		(( n == 0 )) &&
		    _shegong_ids "$cur" visit planned -c id,name,day ;;
	volunteer.show|volunteer.set|volunteer.archive)
		_shegong_ids "$cur" volunteer list -c id,name ;;
	volunteer.restore)
		_shegong_ids "$cur" volunteer list --status archived \
		    -c id,name ;;
	volunteer.hours)
		_shegong_who "$cur" ;;
	volunteer.log|volunteer.record|volunteer.certificate)
		(( n == 0 )) && _shegong_who "$cur" ;;
	volunteer.pair|volunteer.unpair)
		if (( n == 0 )); then
			_shegong_who "$cur"
		else
			_shegong_ids "$cur" elder list -c id,name
		fi ;;
	volunteer.team)
		if (( n == 0 )); then
			_shegong_match "$cur" add list members
		elif (( n == 1 )) && [[ $sub == members ]]; then
			_shegong_teams "$cur"
		fi ;;
	event.show|event.set|event.cancel)
		_shegong_ids "$cur" event list -c id,title,date ;;
	event.roster)
		(( n == 0 )) &&
		    _shegong_ids "$cur" event list -c id,title,date ;;
	event.signup|event.attend|event.withdraw|event.staff)
		if (( n == 0 )); then
			_shegong_ids "$cur" event list -c id,title,date
		elif [[ $verb == staff ]]; then
			_shegong_who "$cur"
		elif [[ $verb == withdraw ]]; then
			_shegong_ids "$cur" event roster "$sub" -c id,name,status
		else
			_shegong_ids "$cur" elder list -c id,name
			[[ $cur == p* ]] && _shegong_values "$cur" elder person \
			    list -c ref
		fi ;;
	event.partner)
		if (( n == 0 )); then
			_shegong_match "$cur" add list show give stock
		elif [[ $sub == show || $sub == give ]]; then
			_shegong_values "$cur" event partner list -c name
		fi ;;
	esac
}

_shegong()
{
	local cmd=${COMP_WORDS[0]##*/} cur verb sub= opts w o v i pending=
	local -a words args
	local _shegong_dir=
	local -a _shegong_dbargs=()

	[[ ${COMP_WORDS[0]} == */* ]] && _shegong_dir=${COMP_WORDS[0]%/*}/
	# Join what COMP_WORDBREAKS split at '=' and ':' (--finding x=y).
	for ((i = 0; i < ${#COMP_WORDS[@]}; i++)); do
		w=${COMP_WORDS[i]}
		if (( i > 1 )) && [[ $w == [=:] ||
		    ${COMP_WORDS[i-1]} == [=:] ]]; then
			words[${#words[@]}-1]+=$w
		else
			words+=("$w")
		fi
		(( i == COMP_CWORD )) && break
	done
	cur=${words[${#words[@]}-1]}
	COMPREPLY=()

	if (( ${#words[@]} == 2 )); then
		if [[ $cur == -* ]]; then
			_shegong_match "$cur" --help --version
		else
			_shegong_match "$cur" $(_shegong_verbs "$cmd")
		fi
		return 0
	fi
	verb=${words[1]}
	opts=" $_shegong_common $(_shegong_options "$cmd" "$verb") "
	for ((i = 2; i < ${#words[@]} - 1; i++)); do
		w=${words[i]}
		o= v=
		case $w in
		--)	;;
		--*=*)	o=${w%%=*} v=${w#*=} ;;
		--*)	if [[ $opts == *" $w= "* ]]; then
				o=$w v=${words[i+1]}
				(( i + 1 == ${#words[@]} - 1 )) && pending=$w
				((i++))
			fi ;;
		-[doc])	o=$w v=${words[i+1]}
			(( i + 1 == ${#words[@]} - 1 )) && pending=$w
			((i++)) ;;
		-d*)	o=-d v=${w#-d} ;;
		-*)	;;
		*)	args+=("$w") ;;
		esac
		case $o in
		-d|--db)	_shegong_dbargs+=(--db "$v") ;;
		--config)	_shegong_dbargs+=(--config "$v") ;;
		esac
	done
	case $cmd.$verb in
	elder.case|elder.person|volunteer.team|event.partner)
		sub=${args[0]}
		opts=" $_shegong_common $(_shegong_options "$cmd" "$verb" \
		    "$sub") " ;;
	event.withdraw)
		sub=${args[0]} ;;
	esac

	if [[ -n $pending ]]; then
		_shegong_value "$cmd" "$verb" "$sub" "$pending" "$cur"
	elif [[ $cur == --*=* ]]; then
		o=${cur%%=*}
		_shegong_value "$cmd" "$verb" "$sub" "$o" "${cur#*=}"
		COMPREPLY=("${COMPREPLY[@]/#/$o=}")
	elif [[ $cur == -* ]]; then
		for w in $opts; do
			[[ $w == "$cur"* ]] && COMPREPLY+=("${w%=}")
		done
	else
		_shegong_arg "$cmd" "$verb" "$sub" "${#args[@]}" "$cur"
	fi
	# Readline replaces only what follows the last '=' or ':'.
	if [[ $cur == *[=:]* && $COMP_WORDBREAKS == *[=:]* ]]; then
		w=${cur%"${cur##*[=:]}"}
		COMPREPLY=("${COMPREPLY[@]#"$w"}")
	fi
	return 0
}

complete -F _shegong elder visit volunteer event report
