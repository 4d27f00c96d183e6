from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'promises.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_records = resolve('records')
    l_0_words = resolve('words')
    l_0_promises = resolve('promises')
    l_0_gettext = resolve('gettext')
    l_0_ngettext = resolve('ngettext')
    l_0__ = resolve('_')
    l_0__trans = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    l_0__trans = context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'instant'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'as_of'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Every message of the conversation log, scored against the reply promise in force when it arrived, as of this build (%(as_of)s). Times and weeks (Monday to Sunday) are in %(zone)s.', as_of=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), zone=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone')))))
    yield '\n'
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), "A message is kept when its first reply came by the promised time, missed when it came later or is overdue, and pending while it is not yet due. The share kept is kept / (kept + missed); n counts those scored messages. Staffed minutes count only the channel's staffed time from the message to the reply.")))
    yield '\n\n'
    if environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'versions'):
        pass
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Scored against the committed versions of %(file)s: %(versions)s.', file=environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'policy_file'), versions=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'join'), t_2(context.eval_ctx, environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'versions'))))))
        yield '\n'
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Scored against the current file %(file)s: it has no committed version in git.', file=environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'policy_file'))))
        yield '\n'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'join'), t_2(context.eval_ctx, environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'files')))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Log files: %(files)s.', files=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '\n'
    if environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'later'):
        pass
        yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), "%(count)s message received after this build's time is left out.", "%(count)s messages received after this build's time are left out.", environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'later'), count=environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'later'))))
        yield '\n'
    yield '\n'
    for l_1_channel in environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'channels'):
        l_1__trans = l_0__trans
        l_1_o = missing
        _loop_vars = {}
        pass
        yield '## '
        yield escape(environment.finalize(environment.getattr(l_1_channel, 'name')))
        yield ' { #'
        yield escape(environment.finalize(t_3(environment.getattr(l_1_channel, 'id'))))
        yield ' }\n\n'
        l_1_o = environment.getattr(l_1_channel, 'overall')
        _loop_vars['o'] = l_1_o
        l_1__trans = context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'kept'), _loop_vars=_loop_vars)
        _loop_vars['_trans'] = l_1__trans
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'In the whole log: %(kept)s kept, %(missed)s missed, %(pending)s pending, %(excluded)s excluded.', kept=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), missed=context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'missed'), _loop_vars=_loop_vars), pending=context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'pending'), _loop_vars=_loop_vars), excluded=context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'excluded'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '\n'
        if environment.getattr(l_1_channel, 'record'):
            pass
            l_1__trans = context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'sentence'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_channel, 'record'), _loop_vars=_loop_vars)
            _loop_vars['_trans'] = l_1__trans
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'The public site shows: %(record)s.', record=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), _loop_vars=_loop_vars)))
            yield '\n'
        elif environment.getattr(l_1_channel, 'settings'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'The public site shows no track record: %(count)s scored message over %(window)s, fewer than the minimum of %(minimum)s.', 'The public site shows no track record: %(count)s scored messages over %(window)s, fewer than the minimum of %(minimum)s.', environment.getattr(l_1_channel, 'scored_in_window'), count=environment.getattr(l_1_channel, 'scored_in_window'), window=context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'window'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(environment.getattr(environment.getattr(l_1_channel, 'settings'), 'window'), 'days'), _loop_vars=_loop_vars), minimum=environment.getattr(environment.getattr(l_1_channel, 'settings'), 'minimum'), _loop_vars=_loop_vars)))
            yield '\n'
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'The public site shows no track record: the channel has not opted in (track_record in the policy).', _loop_vars=_loop_vars)))
            yield '\n'
        yield '\n'
        if environment.getattr(l_1_channel, 'weeks'):
            pass
            yield '| '
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Week', _loop_vars=_loop_vars)))
            yield ' | '
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Kept', _loop_vars=_loop_vars)))
            yield ' | n | '
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Median staffed minutes', _loop_vars=_loop_vars)))
            yield ' | '
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), '90th percentile staffed minutes', _loop_vars=_loop_vars)))
            yield ' |\n| --- | ---: | ---: | ---: | ---: |\n'
            for l_2_w in environment.getattr(l_1_channel, 'weeks'):
                _loop_vars = {}
                pass
                yield '| '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'week'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_2_w, 'monday'), _loop_vars=_loop_vars)))
                yield ' | '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'percent'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(environment.getattr(l_2_w, 'summary'), 'kept_share'), _loop_vars=_loop_vars)))
                yield ' | '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), (environment.getattr(environment.getattr(l_2_w, 'summary'), 'kept') + environment.getattr(environment.getattr(l_2_w, 'summary'), 'missed')), _loop_vars=_loop_vars)))
                yield ' | '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'minutes'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(environment.getattr(l_2_w, 'summary'), 'median'), _loop_vars=_loop_vars)))
                yield ' | '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'minutes'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(environment.getattr(l_2_w, 'summary'), 'p90'), _loop_vars=_loop_vars)))
                yield ' |\n'
            l_2_w = missing
            yield '| **'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'All weeks', _loop_vars=_loop_vars)))
            yield '** | **'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'percent'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'kept_share'), _loop_vars=_loop_vars)))
            yield '** | **'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), (environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'kept') + environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'missed')), _loop_vars=_loop_vars)))
            yield '** | **'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'minutes'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'median'), _loop_vars=_loop_vars)))
            yield '** | **'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'minutes'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'p90'), _loop_vars=_loop_vars)))
            yield '** |\n'
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No message on this channel in the log.', _loop_vars=_loop_vars)))
            yield '\n'
        yield '\n'
    l_1_channel = l_1_o = l_1__trans = missing
    yield '## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Missed messages')))
    yield ' { #missed }\n\n'
    if environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed'):
        pass
        if (t_1(environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed')) < environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed_total')):
            pass
            l_0__trans = context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), t_1(environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed')))
            context.vars['_trans'] = l_0__trans
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'The latest %(shown)s of %(total)s missed messages; expectations report lists them all.', shown=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), total=context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'number'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed_total')))))
            yield '\n\n'
        yield '| '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Id')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Channel')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Received')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Reply by')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'First reply')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Log row')))
        yield ' |\n| --- | --- | --- | --- | --- | --- |\n'
        for l_1_m in environment.getattr((undefined(name='promises') if l_0_promises is missing else l_0_promises), 'missed'):
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize((environment.getattr(l_1_m, 'id') if environment.getattr(l_1_m, 'id') else context.call((undefined(name='_') if l_0__ is missing else l_0__), '(no id)', _loop_vars=_loop_vars))))
            yield ' | '
            yield escape(environment.finalize(environment.getattr(l_1_m, 'channel')))
            yield ' | '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'instant'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_m, 'received_at'), _loop_vars=_loop_vars)))
            yield ' | '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'instant'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_m, 'reply_by'), _loop_vars=_loop_vars)))
            yield ' | '
            yield escape(environment.finalize((context.call(environment.getattr((undefined(name='records') if l_0_records is missing else l_0_records), 'instant'), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_m, 'first_reply_at'), _loop_vars=_loop_vars) if environment.getattr(l_1_m, 'first_reply_at') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'none yet', _loop_vars=_loop_vars))))
            yield ' | '
            yield escape(environment.finalize(environment.getattr(l_1_m, 'file')))
            yield ':'
            yield escape(environment.finalize(environment.getattr(l_1_m, 'line')))
            yield ' |\n'
        l_1_m = missing
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No message was missed.')))
        yield '\n'

blocks = {}
debug_info = '2=38&4=42&5=44&7=46&8=48&10=52&12=56&13=58&14=60&17=63&18=69&20=73&21=77&22=79&23=83&24=85&25=87&27=91&30=94&31=97&33=105&34=109&36=121&38=133&42=138&44=140&45=142&46=146&49=149&51=161&52=165&55=182'
# staff/promises.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
