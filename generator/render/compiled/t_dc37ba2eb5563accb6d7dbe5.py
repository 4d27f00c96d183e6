from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_chart.svg.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_chart = resolve('chart')
    l_0__ = resolve('_')
    l_0_policy = resolve('policy')
    l_0_words = resolve('words')
    l_0_gettext = resolve('gettext')
    l_0_range = resolve('range')
    l_0_chart_rows = resolve('chart_rows')
    l_0__trans = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '<figure class="hours-chart" tabindex="0" aria-labelledby="hours-chart-title">\n<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="hours-chart-title hours-chart-desc" viewBox="0 0 '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'width'))))
    yield ' '
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height'))))
    yield '" width="100%" preserveAspectRatio="xMinYMin meet">\n<title id="hours-chart-title">'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Staffed hours of each channel over a week')))
    yield '</title>\n<desc id="hours-chart-desc">'
    for l_1_channel in environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'answered'):
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(channel)s: %(hours)s.', channel=environment.getattr(l_1_channel, 'name'), hours=t_1(context.eval_ctx, context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'weekly'), environment.getattr(l_1_channel, 'hours'), _loop_vars=_loop_vars), context.call((undefined(name='_') if l_0__ is missing else l_0__), '; ', _loop_vars=_loop_vars)), _loop_vars=_loop_vars)))
        yield ' '
    l_1_channel = missing
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'All times are %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield '</desc>\n'
    for l_1_day in context.call((undefined(name='range') if l_0_range is missing else l_0_range), 7):
        _loop_vars = {}
        pass
        yield '<text class="chart-day" x="'
        yield escape(environment.finalize(t_2((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'label_width') + ((l_1_day + 0.5) * environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'day_width'))))))
        yield '" y="16" text-anchor="middle">'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'short_day'), l_1_day, _loop_vars=_loop_vars)))
        yield '</text>\n'
    l_1_day = missing
    yield escape(environment.finalize(context.call((undefined(name='chart_rows') if l_0_chart_rows is missing else l_0_chart_rows), (undefined(name='chart') if l_0_chart is missing else l_0_chart))))
    for l_1_day in context.call((undefined(name='range') if l_0_range is missing else l_0_range), 8):
        _loop_vars = {}
        pass
        yield '<line class="chart-grid" x1="'
        yield escape(environment.finalize(t_2((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'label_width') + (l_1_day * environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'day_width'))))))
        yield '" x2="'
        yield escape(environment.finalize(t_2((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'label_width') + (l_1_day * environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'day_width'))))))
        yield '" y1="22" y2="'
        yield escape(environment.finalize(t_2((environment.getattr((undefined(name='chart') if l_0_chart is missing else l_0_chart), 'height') - 4))))
        yield '"/>\n'
    l_1_day = missing
    yield '</svg>\n</figure>\n'

blocks = {}
debug_info = '3=32&4=36&5=38&5=46&6=48&7=52&9=57&10=62'
# public/_chart.svg.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
