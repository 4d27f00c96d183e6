from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'escalation.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0__ = resolve('_')
    l_0_staff = resolve('staff')
    try:
        t_1 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Complaints from angry, vocal or important customers move up. Managers who take some escalations themselves stay in touch with real problems.')))
    yield '\n\n'
    if environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'escalation'):
        pass
        yield '| '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Level')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Who')))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Within')))
        yield ' |\n| --- | --- | --- | --- |\n'
        for l_1_e in environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'escalation'):
            l_1_words = resolve('words')
            _loop_vars = {}
            pass
            yield '| '
            yield escape(environment.finalize(environment.getattr(l_1_e, 'level')))
            yield ' | '
            yield escape(environment.finalize(t_1(environment.getattr(l_1_e, 'when'))))
            yield ' | '
            yield escape(environment.finalize(environment.getattr(l_1_e, 'who')))
            yield ' | '
            yield escape(environment.finalize((context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'promise_short'), environment.getattr(l_1_e, 'within'), _loop_vars=_loop_vars) if environment.getattr(l_1_e, 'within') else '')))
            yield ' |\n'
        l_1_e = l_1_words = missing
    else:
        pass
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'The policy sets no escalation levels yet: add them under `playbook.escalation`.')))
        yield '\n'
    yield '\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), "When you escalate, hand the case over personally: tell the next person the customer's name, the question and what has been tried, and tell the customer who will contact them and by when.")))
    yield '\n'

blocks = {}
debug_info = '1=21&3=23&5=25&6=28&8=36&9=41&12=52&15=55'
# staff/escalation.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
