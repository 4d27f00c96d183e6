from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'hours.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_words = resolve('words')
    l_0_gettext = resolve('gettext')
    l_0__ = resolve('_')
    l_0_policy = resolve('policy')
    l_0_times = resolve('times')
    l_0_ngettext = resolve('ngettext')
    l_0_upcoming_days = resolve('upcoming_days')
    l_0_reach = resolve('reach')
    l_0__trans = missing
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n<p class="zone-note">'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'All hours are in %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield ' '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Each channel on the home page shows whether it is staffed right now, in your own time zone.')))
    yield '</p>\n\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Weekly hours')))
    yield ' { #weekly }\n\n'
    template = environment.get_template('public/_chart.svg.j2', 'hours.md.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'_trans': l_0__trans}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n| '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Channel')))
    yield ' | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Staffed')))
    yield ' | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Reply')))
    yield ' |\n| --- | --- | --- |\n'
    for l_1_channel in environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'answered'):
        l_1_channel_link = resolve('channel_link')
        l_1_hours_lines = resolve('hours_lines')
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(context.call((undefined(name='channel_link') if l_1_channel_link is missing else l_1_channel_link), l_1_channel, _loop_vars=_loop_vars)))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='hours_lines') if l_1_hours_lines is missing else l_1_hours_lines), (undefined(name='words') if l_0_words is missing else l_0_words), environment.getattr(l_1_channel, 'hours'), _loop_vars=_loop_vars)))
        yield ' | '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise'), environment.getattr(l_1_channel, 'first_response'), environment.getattr(environment.getattr(l_1_channel, 'hours'), 'always'), _loop_vars=_loop_vars)))
        yield ' |\n'
    l_1_channel = l_1_channel_link = l_1_hours_lines = missing
    yield '\n## '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Closures and special hours')))
    yield ' { #closures }\n\n'
    if environment.getattr((undefined(name='times') if l_0_times is missing else l_0_times), 'upcoming'):
        pass
        for l_1_day in environment.getattr((undefined(name='times') if l_0_times is missing else l_0_times), 'upcoming'):
            _loop_vars = {}
            pass
            yield '<div class="special-day" markdown>\n\n### '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'long_date'), environment.getattr(l_1_day, 'date'), _loop_vars=_loop_vars)))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_day, 'name')))
            if environment.getattr(l_1_day, 'public_holiday'):
                pass
                yield ' ('
                yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'public holiday', _loop_vars=_loop_vars)))
                yield ')'
            yield '\n\n'
            for l_2_change in environment.getattr(l_1_day, 'changes'):
                l_2_channel_link_list = resolve('channel_link_list')
                _loop_vars = {}
                pass
                yield '- '
                yield escape(environment.finalize(context.call((undefined(name='channel_link_list') if l_2_channel_link_list is missing else l_2_channel_link_list), context.call(environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'channels_by_ids'), environment.getattr(l_2_change, 'channel_ids'), _loop_vars=_loop_vars), context.call((undefined(name='_') if l_0__ is missing else l_0__), ', ', _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                yield ': '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'ranges'), environment.getattr(l_2_change, 'ranges'), _loop_vars=_loop_vars)))
                yield '\n'
            l_2_change = l_2_channel_link_list = missing
            yield '\n</div>\n\n'
        l_1_day = missing
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'No closures or special hours in the next %(count)s day.', 'No closures or special hours in the next %(count)s days.', (undefined(name='upcoming_days') if l_0_upcoming_days is missing else l_0_upcoming_days), count=(undefined(name='upcoming_days') if l_0_upcoming_days is missing else l_0_upcoming_days))))
        yield '\n\n'
    if environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'public_holidays'):
        pass
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Public holidays (%(region)s) close every channel that is not staffed around the clock, unless a date above says otherwise.', region=environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'public_holidays'))))
        yield '\n'
    if (undefined(name='reach') if l_0_reach is missing else l_0_reach):
        pass
        yield '\n['
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'calendar.link')))
        yield ']('
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'link'), environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'calendar'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))))
        yield '){ .calendar-link } '
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'calendar.link.note')))
        yield '\n'

blocks = {}
debug_info = '1=22&3=26&5=30&7=32&9=39&11=45&12=51&15=59&17=61&18=63&21=67&24=76&25=81&32=90&35=92&36=94&38=96&40=99'
# public/hours.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
