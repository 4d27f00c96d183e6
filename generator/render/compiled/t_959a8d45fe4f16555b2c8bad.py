from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'channels.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0__ = resolve('_')
    l_0_staff = resolve('staff')
    l_0_procedure = missing
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    included_template = environment.get_template('staff/_procedures.md.j2', 'channels.md.j2')._get_default_module(context)
    l_0_procedure = getattr(included_template, 'procedure', missing)
    if l_0_procedure is missing:
        l_0_procedure = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'channels.md.j2') does not export the requested name 'procedure'", name='procedure')
    context.vars['procedure'] = l_0_procedure
    context.exported_vars.discard('procedure')
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Public promises are what customers read on the site; internal targets are what we aim for. Aim at least as fast as the promise, every time.')))
    yield '\n\n'
    for l_1_item in environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels'):
        l_1_hours_lines = resolve('hours_lines')
        l_1_words = resolve('words')
        l_1_gettext = resolve('gettext')
        l_1_c = missing
        _loop_vars = {}
        pass
        l_1_c = environment.getattr(l_1_item, 'channel')
        _loop_vars['c'] = l_1_c
        yield '## '
        yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')))
        yield ' { #'
        yield escape(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield ' }\n\n<dl class="channel-facts">\n<dt>'
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Role', _loop_vars=_loop_vars)))
        yield '</dt>\n<dd>'
        yield escape(environment.finalize((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Answered', _loop_vars=_loop_vars) if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'answered') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Announcements only: not answered', _loop_vars=_loop_vars))))
        yield '</dd>\n<dt>'
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Owner', _loop_vars=_loop_vars)))
        yield '</dt>\n<dd>'
        yield escape(environment.finalize((environment.getattr(l_1_item, 'owner') or context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Not set in the policy', _loop_vars=_loop_vars))))
        yield '</dd>\n'
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'answered'):
            pass
            yield '<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Staffed', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize(context.call((undefined(name='hours_lines') if l_1_hours_lines is missing else l_1_hours_lines), (undefined(name='words') if l_1_words is missing else l_1_words), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'hours'), _loop_vars=_loop_vars)))
            yield '</dd>\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Public promise', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'promise'), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'first_response'), environment.getattr(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'hours'), 'always'), _loop_vars=_loop_vars)))
            yield '</dd>\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Internal target', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize((context.call(environment.getattr((undefined(name='words') if l_1_words is missing else l_1_words), 'promise_short'), environment.getattr(l_1_item, 'target'), _loop_vars=_loop_vars) if environment.getattr(l_1_item, 'target') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Not set: work to the public promise', _loop_vars=_loop_vars))))
            yield '</dd>\n'
        if (environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'handle') or environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'url')):
            pass
            yield '<dt>'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Account', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd>'
            yield escape(environment.finalize((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'handle') or environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'url'))))
            yield '</dd>\n'
        yield '</dl>\n\n### '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How to handle it', _loop_vars=_loop_vars)))
        yield ' { #'
        yield escape(environment.finalize(t_3(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'))))
        yield '-steps }\n\n'
        if environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'answered'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='procedure') if l_0_procedure is missing else l_0_procedure), environment.getattr(l_1_item, 'kind'), (undefined(name='c') if l_1_c is missing else l_1_c), _loop_vars=_loop_vars)))
            yield '\n'
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), 'We post here but do not answer. If a customer asks for help here anyway, reply once, kindly, pointing them to an answered channel ([public card](%(card)s)).', card=t_3(markup_join(('../index.md#', environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'id'), ))), _loop_vars=_loop_vars)))
            yield '\n'
        if environment.getattr(l_1_item, 'steps'):
            pass
            yield '\n'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Also, on this channel:', _loop_vars=_loop_vars)))
            yield '\n\n'
            for l_2_step in environment.getattr(l_1_item, 'steps'):
                _loop_vars = {}
                pass
                yield '- '
                yield escape(environment.finalize(t_2(l_2_step)))
                yield '\n'
            l_2_step = missing
        yield '\n'
        if environment.getattr(l_1_item, 'notes'):
            pass
            yield escape(environment.finalize(t_1(environment.getattr(l_1_item, 'notes'))))
            yield '\n\n'
    l_1_item = l_1_c = l_1_hours_lines = l_1_words = l_1_gettext = missing

blocks = {}
debug_info = '1=33&2=40&4=42&6=44&7=51&8=54&11=58&12=60&13=62&14=64&15=66&16=69&17=71&18=73&19=75&20=77&21=79&23=81&24=84&25=86&29=89&31=93&32=95&34=99&36=101&38=104&40=106&41=110&45=114&46=116'
# staff/channels.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
