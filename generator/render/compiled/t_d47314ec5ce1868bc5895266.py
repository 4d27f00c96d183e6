from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'on-duty.md.j2'

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
    l_0_staff = resolve('staff')
    l_0_times = resolve('times')
    l_0__trans = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    l_0__trans = context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'zone'))
    context.vars['_trans'] = l_0__trans
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'All hours are in %(zone)s.', zone=(undefined(name='_trans') if l_0__trans is missing else l_0__trans))))
    yield ' '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'With JavaScript on, each channel shows whether it is staffed right now.')))
    yield '\n\n'
    def t_3(fiter):
        for l_1_item in fiter:
            if environment.getattr(environment.getattr(l_1_item, 'channel'), 'answered'):
                yield l_1_item
    for l_1_item in t_3(environment.getattr((undefined(name='staff') if l_0_staff is missing else l_0_staff), 'channels')):
        l_1_location = resolve('location')
        _loop_vars = {}
        pass
        yield '## '
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'channel'), 'name')))
        yield ' { #'
        yield escape(environment.finalize(t_2(environment.getattr(environment.getattr(l_1_item, 'channel'), 'id'))))
        yield ' }\n\n<p class="channel-status" data-channel="'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'channel'), 'id')))
        yield '"'
        if (undefined(name='location') if l_1_location is missing else l_1_location):
            pass
            yield ' data-location="'
            yield escape(environment.finalize((undefined(name='location') if l_1_location is missing else l_1_location)))
            yield '"'
        yield ' hidden></p>\n\n- '
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Owner: %(owner)s', owner=(environment.getattr(l_1_item, 'owner') or context.call((undefined(name='_') if l_0__ is missing else l_0__), 'not set', _loop_vars=_loop_vars)), _loop_vars=_loop_vars)))
        yield '\n- '
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Staffed: %(hours)s', hours=t_1(context.eval_ctx, context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'weekly'), environment.getattr(environment.getattr(l_1_item, 'channel'), 'hours'), _loop_vars=_loop_vars), context.call((undefined(name='_') if l_0__ is missing else l_0__), '; ', _loop_vars=_loop_vars)), _loop_vars=_loop_vars)))
        yield '\n- '
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Internal target: %(target)s; public promise: %(promise)s', target=(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr(l_1_item, 'target'), _loop_vars=_loop_vars) if environment.getattr(l_1_item, 'target') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'work to the public promise', _loop_vars=_loop_vars)), promise=context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'promise_short'), environment.getattr(environment.getattr(l_1_item, 'channel'), 'first_response'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '\n\n'
    l_1_item = l_1_location = missing
    if environment.getattr((undefined(name='times') if l_0_times is missing else l_0_times), 'upcoming'):
        pass
        yield '## '
        yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Coming up')))
        yield ' { #coming-up }\n\n'
        l_1_loop = missing
        for l_1_day, l_1_loop in LoopContext(environment.getattr((undefined(name='times') if l_0_times is missing else l_0_times), 'upcoming'), undefined):
            _loop_vars = {}
            pass
            yield '- '
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'long_date'), environment.getattr(l_1_day, 'date'), _loop_vars=_loop_vars)))
            yield ': '
            yield escape(environment.finalize(environment.getattr(l_1_day, 'name')))
            yield ': '
            l_2_loop = missing
            for l_2_change, l_2_loop in LoopContext(environment.getattr(l_1_day, 'changes'), undefined):
                _loop_vars = {}
                pass
                l_3_loop = missing
                for l_3_id, l_3_loop in LoopContext(environment.getattr(l_2_change, 'channel_ids'), undefined):
                    l_3_policy = resolve('policy')
                    _loop_vars = {}
                    pass
                    yield escape(environment.finalize(environment.getattr(context.call(environment.getattr((undefined(name='policy') if l_3_policy is missing else l_3_policy), 'channel'), l_3_id, _loop_vars=_loop_vars), 'name')))
                    yield escape(environment.finalize((context.call((undefined(name='_') if l_0__ is missing else l_0__), ', ', _loop_vars=_loop_vars) if (not environment.getattr(l_3_loop, 'last')) else '')))
                l_3_loop = l_3_id = l_3_policy = missing
                yield ' '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'ranges'), environment.getattr(l_2_change, 'ranges'), _loop_vars=_loop_vars)))
                yield escape(environment.finalize((context.call((undefined(name='_') if l_0__ is missing else l_0__), '; ', _loop_vars=_loop_vars) if (not environment.getattr(l_2_loop, 'last')) else '')))
            l_2_loop = l_2_change = missing
            yield '\n'
        l_1_loop = l_1_day = missing

blocks = {}
debug_info = '1=31&3=35&5=39&6=48&8=52&10=60&11=62&12=64&15=67&16=70&18=73&19=77'
# staff/on-duty.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
