from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'help.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_policy = resolve('policy')
    l_0_topics = missing
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    l_0_topics = (t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'help_topics'), 'urgent')) + t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'help_topics'), 'urgent')))
    context.vars['topics'] = l_0_topics
    context.exported_vars.add('topics')
    for l_1_topic in (undefined(name='topics') if l_0_topics is missing else l_0_topics):
        l_1__ = resolve('_')
        _loop_vars = {}
        pass
        yield '<div class="help-topic'
        yield escape(environment.finalize((' help-urgent' if environment.getattr(l_1_topic, 'urgent') else '')))
        yield '" markdown>\n\n## '
        yield escape(environment.finalize(environment.getattr(l_1_topic, 'topic')))
        if environment.getattr(l_1_topic, 'urgent'):
            pass
            yield ' <span class="urgent-badge">'
            yield escape(environment.finalize(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Urgent', _loop_vars=_loop_vars)))
            yield '</span>'
        yield '\n\n'
        for l_2_id in environment.getattr(l_1_topic, 'channels'):
            l_2_channel_link = resolve('channel_link')
            l_2_words = resolve('words')
            l_2_channel = missing
            _loop_vars = {}
            pass
            l_2_channel = context.call(environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'channel'), l_2_id, _loop_vars=_loop_vars)
            _loop_vars['channel'] = l_2_channel
            yield '- '
            yield escape(environment.finalize(context.call((undefined(name='channel_link') if l_2_channel_link is missing else l_2_channel_link), (undefined(name='channel') if l_2_channel is missing else l_2_channel), _loop_vars=_loop_vars)))
            yield ': '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_2_words is missing else l_2_words), 'promise'), environment.getattr((undefined(name='channel') if l_2_channel is missing else l_2_channel), 'first_response'), environment.getattr(environment.getattr((undefined(name='channel') if l_2_channel is missing else l_2_channel), 'hours'), 'always'), _loop_vars=_loop_vars)))
            yield '\n'
        l_2_id = l_2_channel = l_2_channel_link = l_2_words = missing
        yield '\n'
        if environment.getattr(l_1_topic, 'note'):
            pass
            yield escape(environment.finalize(t_1(environment.getattr(l_1_topic, 'note'))))
            yield '\n\n'
        yield '</div>\n\n'
    l_1_topic = l_1__ = missing

blocks = {}
debug_info = '1=39&3=41&4=44&5=49&7=51&10=58&11=64&12=67&15=73&16=75'
# public/help.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
