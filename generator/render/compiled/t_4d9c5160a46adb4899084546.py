from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'incident-log.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0__ = resolve('_')
    l_0_words = resolve('words')
    l_0_staff = resolve('staff')
    l_0_gettext = resolve('gettext')
    l_0__trans = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n['
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Download the incident log template (CSV)')))
    yield '](incident-log.csv){: download="incident-log.csv" }\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Keep one row per case, in a shared spreadsheet that every shift can reach. The columns:')))
    yield '\n\n| '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Column')))
    yield ' | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What to write')))
    yield ' |\n| --- | --- |\n| date | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When the customer first contacted us (YYYY-MM-DD).')))
    yield ' |\n| customer | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Name, and how to reach them again.')))
    yield ' |\n| channel | '
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'join'), t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels'), attribute='channel.id')), 'or')
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Where they contacted us: %(channels)s.', channels=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield ' |\n| incident | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "What happened, in the customer's words.")))
    yield ' |\n| solution | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What we did, and what we offered.')))
    yield ' |\n| follow_up_date | '
    if environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'):
        pass
        l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'follow_up'))
        context.vars['_trans'] = l_0__trans
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'When to check back (%(after)s after resolving it).', after=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When to check back.')))
    yield ' |\n| follow_up_done | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'The date you checked back.')))
    yield ' |\n| satisfied | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'yes or no, as the customer told you.')))
    yield ' |\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When a customer comes back, look up their earlier cases first, and ask whether that solution worked. Review the log each week for problems that recur.')))
    yield '\n'

blocks = {}
debug_info = '1=30&3=32&5=34&7=36&9=40&10=42&11=46&12=48&13=50&14=52&14=56&15=61&16=63&18=65'
# staff/incident-log.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
